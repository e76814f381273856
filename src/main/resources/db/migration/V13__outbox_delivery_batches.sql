-- Mails are delivered from the outbox in batches (OutboxDelivery), not one process instance per mail.
-- A deliverer claims a row with one conditional UPDATE (claim_token, claimed_until: a lease another node may take
-- over once it runs out); only the claimant's conditional UPDATE marks it sent. next_attempt_at is the backoff
-- after an SMTP failure. Status HET_LUOT: every attempt failed; an operator sends it again (docs/van-hanh.md).
alter table kehoach.notification_outbox add column next_attempt_at timestamp;
alter table kehoach.notification_outbox add column claim_token varchar(40);
alter table kehoach.notification_outbox add column claimed_until timestamp;
update kehoach.notification_outbox set next_attempt_at = created_at where status = 'CHO_GUI';
create index notification_outbox_due on kehoach.notification_outbox (status, next_attempt_at, id);
