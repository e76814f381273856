-- Where each plan version came from, so that an edited data file never silently supersedes the versions
-- made by UBND tỉnh's amendment decisions, and a decision knows which version it was prepared against.
-- (origin and content_hash of V1 already say which versions came from the file and from which content.)

-- AMENDMENT versions: the version the decided changes were applied to.
alter table kehoach.plan_version add column based_on_version_id bigint;
alter table kehoach.plan_version add constraint plan_version_based_on
    foreign key (based_on_version_id) references kehoach.plan_version (id);

-- DATA_FILE versions accepted with app.plan-data.accept-file-hash on top of decision versions: the newest
-- version at that moment. Records the acceptance, so that one value of the property is used once.
alter table kehoach.plan_version add column accepted_over_version_id bigint;
alter table kehoach.plan_version add constraint plan_version_accepted_over
    foreign key (accepted_over_version_id) references kehoach.plan_version (id);

-- Until now a decision was applied to the version in force on the day: for existing amendment versions
-- that was the version numbered just before.
update kehoach.plan_version v set based_on_version_id = (
    select max(p.id) from kehoach.plan_version p
    where p.plan_code = v.plan_code and p.version_no = v.version_no - 1)
where v.origin = 'AMENDMENT';

-- The plan version in force when the batch (tờ trình) opened, which its proposals were made against.
alter table kehoach.amendment_batch add column plan_version_id bigint;
alter table kehoach.amendment_batch add constraint amendment_batch_plan_version
    foreign key (plan_version_id) references kehoach.plan_version (id);
update kehoach.amendment_batch b set plan_version_id = (
    select max(p.plan_version_id) from kehoach.amendment_proposal p where p.batch_id = b.id);
