-- Indexes that the engine's own schema (camunda-engine 7.24, its create scripts) lacks, for queries the engine runs on
-- every unit report. Run after the engine has made or updated its tables (platform.EngineIndexesPlugin), on
-- PostgreSQL and on the embedded H2; "if not exists" makes every later start a no-op.

-- Completing or deleting a task looks for its subtasks (select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?).
-- Without an index each completion read the whole task table: every open task of every round, 3 400 and more in a
-- national round, so completing a round cost units².
create index if not exists KH_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_);
