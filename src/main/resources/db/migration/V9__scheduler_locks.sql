-- Scheduled jobs run on one node at a time (issue 12): ShedLock's JDBC provider keeps one row per job here. The
-- times are the database's own (usingDbTime), so nodes with skewed clocks agree on who holds a lock.

create table shedlock
(
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
