-- Opening and closing a round run as chunk jobs that may be retried or, on several nodes, run twice. A unit's
-- report is started (OPEN) or closed (CLOSE) only by the transaction that inserts its row here: the primary key
-- makes a duplicated or retried job skip it (the insert, under a savepoint, waits for a concurrent insert of the
-- same key and then fails as a duplicate), never a check-then-insert.
create table kehoach.round_unit_step (
    round_id  bigint       not null references kehoach.report_round (id),
    unit_id   varchar(80)  not null references kehoach.org_unit (id),
    step      varchar(10)  not null,  -- OPEN | CLOSE
    done_at   timestamp    not null,
    primary key (round_id, step, unit_id)
);

-- Closing runs after the consolidator's request: who asked and when, recorded in her request.
alter table kehoach.report_round add column close_requested_by varchar(100);
alter table kehoach.report_round add column close_requested_at timestamp;
