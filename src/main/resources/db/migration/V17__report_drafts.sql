-- A unit's unfinished report ("Lưu" in Tasklist): one per round and unit, shared by the unit's officers, so that
-- another officer or another browser continues it. Overwritten by each save; a draft saved before the current
-- draft task was created (an earlier pass, before a return) is not offered again.
create table kehoach.report_draft (
    round_id   bigint           not null references kehoach.report_round (id),
    unit_id    varchar(80)      not null references kehoach.org_unit (id),
    content    varchar(2000000) not null,
    saved_by   varchar(100)     not null,
    saved_at   timestamp        not null,
    primary key (round_id, unit_id)
);
