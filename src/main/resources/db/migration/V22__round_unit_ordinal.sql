-- A round's units get their place in the round when the round is made, and the opening and closing job of chunk k
-- handles places k·n to (k+1)·n − 1 through an index. Before, each chunk joined and sorted every unit of the round
-- in the register's order to skip to its own part: 3 400 rows per chunk, 85 chunks, twice per national round. A
-- register reloaded while a round was opening could also have moved units from one chunk to another.
alter table kehoach.round_unit add column ordinal integer;

-- Rounds made before: the register's order, as the chunks read it until now. Chunks are now even (RoundChunks), so
-- install this version when no round is opening or closing (docs/van-hanh.md, "Khởi động lại lần lượt, nâng cấp").
update kehoach.round_unit ru set ordinal = (
    select count(*) from kehoach.round_unit o
    join kehoach.org_unit ou on ou.id = o.unit_id
    join kehoach.org_unit u on u.id = ru.unit_id
    where o.round_id = ru.round_id
      and (ou.sort_order < u.sort_order or (ou.sort_order = u.sort_order and o.unit_id < ru.unit_id)));

alter table kehoach.round_unit alter column ordinal set not null;
-- The place first: an index led by round_id would compete with the primary key for the lookups of one unit
-- (round_id, unit_id), and PostgreSQL, its statistics not yet caught up with a round just opened, took it and
-- filtered the whole round for each officer's submission.
create unique index round_unit_ordinal on kehoach.round_unit (ordinal, round_id);
