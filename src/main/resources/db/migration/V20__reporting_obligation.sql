-- Who must report and who is only invited (Kế hoạch 752, III.1 and III.3), as data of each plan version's reporting
-- regime; each round keeps the obligation its units had when it opened, so a later plan version does not rewrite
-- an old round's "Không nộp".

alter table kehoach.plan_reporting_regime add column must_report_kinds varchar(1000) default '' not null;
alter table kehoach.plan_reporting_regime add column must_report_units varchar(1000) default '' not null;
alter table kehoach.plan_reporting_regime add column invited_kinds varchar(1000) default '' not null;
alter table kehoach.plan_reporting_regime add column invited_units varchar(1000) default '' not null;
-- Versions stored before: the plan's own rule (ke-hoach-752.yaml reportingRegime.obligation).
update kehoach.plan_reporting_regime set must_report_kinds = 'so-nganh,xa,phuong', must_report_units = 'nhcsxh-tinh',
  invited_kinds = 'mat-tran,to-chuc-ctxh';

-- BAT_BUOC | DE_NGHI. Rounds opened before were treated as all mandatory.
alter table kehoach.round_unit add column obligation varchar(20) default 'BAT_BUOC' not null;

-- Thematic and ad-hoc rounds: who asked (a unit of the register: UBND tỉnh, NHNN, the branch itself, or the unit
-- that raised a "vướng mắc" report); the consolidated result goes to it. Null for annual rounds.
alter table kehoach.report_round add column requested_by_unit varchar(80) references kehoach.org_unit (id);
-- A "vướng mắc" report raised by a unit itself (III.1), not requested by an authority.
alter table kehoach.report_round add column raised_by_unit boolean default false not null;
