-- Report figures declared once, in the plan's reporting regime, and asked by flags on plan items; their values
-- per submission in one table, so a new figure needs no column. A unit's state in a round is computed from facts
-- (round open/closed, submissions, returns), so round_unit keeps the fact "returned", not a status label.

create table kehoach.plan_figure (
    version_id      bigint         not null references kehoach.plan_version (id),
    figure_key      varchar(60)    not null,  -- the report form's field key, e.g. budgetEntrusted
    label           varchar(500)   not null,
    unit_of_measure varchar(60)    not null,
    decimals        integer        not null,
    min_value       numeric(20, 4) not null,
    max_value       numeric(20, 4) not null,
    asked_of        varchar(20)    not null,  -- LEAD | COOP | LEAD,COOP: roles of a flagged item's units that report it
    sort_order      integer        not null,
    primary key (version_id, figure_key)
);

-- The figures a plan item asks of its units; copied with the item into each new plan version.
create table kehoach.plan_item_figure (
    item_id    bigint      not null references kehoach.plan_item (id),
    figure_key varchar(60) not null,
    primary key (item_id, figure_key)
);

create table kehoach.submission_figure (
    submission_id bigint         not null references kehoach.submission (id),
    figure_key    varchar(60)    not null,
    figure_value  numeric(20, 4) not null,
    primary key (submission_id, figure_key)
);

-- Versions stored before this migration asked the two figures through configuration
-- (app.reporting.budget-entrusted-items: 4.1, 4.2; poor-fund-items: 2.2); they keep asking them.
insert into kehoach.plan_figure (version_id, figure_key, label, unit_of_measure, decimals, min_value, max_value,
  asked_of, sort_order)
select id, 'budgetEntrusted', 'Vốn ngân sách địa phương ủy thác qua NHCSXH trong năm', 'triệu đồng', 2, 0, 10000000,
  'LEAD', 0 from kehoach.plan_version;
insert into kehoach.plan_figure (version_id, figure_key, label, unit_of_measure, decimals, min_value, max_value,
  asked_of, sort_order)
select id, 'poorFundContribution', 'Đóng góp Quỹ “Vì người nghèo” trong năm', 'triệu đồng', 2, 0, 1000000,
  'LEAD', 1 from kehoach.plan_version;
insert into kehoach.plan_item_figure (item_id, figure_key)
select id, 'budgetEntrusted' from kehoach.plan_item where stt in ('4.1', '4.2');
insert into kehoach.plan_item_figure (item_id, figure_key)
select id, 'poorFundContribution' from kehoach.plan_item where stt = '2.2';

insert into kehoach.submission_figure (submission_id, figure_key, figure_value)
select id, 'budgetEntrusted', budget_entrusted from kehoach.submission where budget_entrusted is not null;
insert into kehoach.submission_figure (submission_id, figure_key, figure_value)
select id, 'poorFundContribution', poor_fund from kehoach.submission where poor_fund is not null;
alter table kehoach.submission drop column budget_entrusted;
alter table kehoach.submission drop column poor_fund;

-- Returned by the consolidator and not submitted again since.
alter table kehoach.round_unit add column returned boolean default false not null;
update kehoach.round_unit set returned = true where status = 'BI_TRA_LAI';
alter table kehoach.round_unit drop column status;
