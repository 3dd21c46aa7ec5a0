-- The overview reads every month row of a year (org.perfgoals.dashboard.DashboardRepository.facts). Keyed by
-- (project, month), those rows were reached through the index on (year, unit), one primary-key lookup per row:
-- 2.2 s for the 400,000 rows of 100,000 projects on an H2 file. Keyed by one number that orders them by year first,
-- a year's rows are one range of the table itself (H2 stores a table in the order of a single bigint primary key;
-- PostgreSQL reads the range through the key's index): about 0.9 s. The rows are moved as they are; row_key is
-- (year * 10,000,000,000 + project) * 100 + month, see org.perfgoals.dashboard.OverviewMonthKey.

alter table overview_month rename to overview_month_v12;
alter table overview_month_v12 drop constraint fk_overview_month_unit;
drop index ix_overview_month_year;

create table overview_month
(
    row_key          bigint         not null,
    project_id       bigint         not null,
    period_year      integer        not null,
    period_month     integer        not null,
    department       varchar(300)   not null,
    red              integer        not null,
    yellow           integer        not null,
    no_data          integer        not null,
    needs_assessment integer        not null,
    blue             integer        not null,
    green            integer        not null,
    scored           integer        not null,
    score_points     numeric(38, 8),
    score_weight     numeric(24, 4),
    spent            numeric(24, 2),
    constraint pk_overview_month_by_year primary key (row_key),
    constraint fk_overview_month_unit foreign key (department) references unit (name)
        on update cascade on delete cascade
);

insert into overview_month (row_key, project_id, period_year, period_month, department, red, yellow, no_data,
                            needs_assessment, blue, green, scored, score_points, score_weight, spent)
select (period_year * 10000000000 + project_id) * 100 + period_month, project_id, period_year, period_month,
       department, red, yellow, no_data, needs_assessment, blue, green, scored, score_points, score_weight, spent
from overview_month_v12
order by 1;

drop table overview_month_v12;

create unique index ux_overview_month_project on overview_month (project_id, period_month);
create index ix_overview_month_year on overview_month (period_year, department);
