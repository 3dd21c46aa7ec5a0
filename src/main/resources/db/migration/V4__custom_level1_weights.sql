-- A unit's own weights: the points out of 100 it gives each 一级指标 of a project (weight_scheme 'custom').
-- The indicators' weights are derived from these and stored in indicator.weight as before.

create table project_level1_weight
(
    project_id bigint        not null references project (id) on delete cascade,
    level1     varchar(255)  not null,
    points     numeric(9, 4) not null,
    primary key (project_id, level1)
);

-- Who changed a project's weights last and when: a manager saving weights loaded before that change is told so.
alter table project add column weights_changed_by varchar(100);
alter table project add column weights_changed_at timestamp with time zone;
