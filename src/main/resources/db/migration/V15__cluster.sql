-- Several application nodes on one database (docs/van-hanh.md, "Chạy nhiều máy chủ ứng dụng").
--
-- Webapp sessions live here (Spring Session JDBC, its own schema for PostgreSQL, in the application's schema):
-- a user logged in through one node is logged in on every node, so the load balancer needs no sticky sessions and
-- a node that dies or restarts logs nobody out.
create table kehoach.spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on kehoach.spring_session (session_id);
create index spring_session_ix2 on kehoach.spring_session (expiry_time);
create index spring_session_ix3 on kehoach.spring_session (principal_name);

create table kehoach.spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references kehoach.spring_session (primary_id) on delete cascade
);

-- Which node holds a claimed outbox mail (app.cluster.node-name), for operators and for the cluster test.
alter table kehoach.notification_outbox add column claimed_by varchar(100);
