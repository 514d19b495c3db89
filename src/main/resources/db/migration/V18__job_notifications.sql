-- In-app notices from the scheduled jobs (issue 15): reminders and digests a person takes "in the app". They point at
-- a page rather than at a commented item (a digest is about the gap dashboard, a report reminder about the
-- reporting page), and a job run twice, or on two nodes, notifies once per idempotency key.
alter table notification
    modify item_type varchar(16) null,
    modify item_id bigint null,
    add column route varchar(200) null,
    add column idempotency_key varchar(200) null,
    add constraint notification_idempotency unique (idempotency_key),
    add constraint ck_notification_points_somewhere check (
        (item_type is not null and item_id is not null) or route is not null);
