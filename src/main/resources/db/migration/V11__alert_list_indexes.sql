-- The alert centre's lists at scale (issue 12): every list is ordered by updated_at and id (a unique tie-breaker),
-- newest first or oldest first, and these indexes give that order directly, so a page reads only its own rows
-- instead of sorting every matching alert. One index per filter that narrows on its own (none, type, unit,
-- status); the columns after updated_at and id are the other filters' columns, so the list's id query is answered
-- from the index alone (H2 and PostgreSQL scan it in either direction; docs/decisions/0024-alert-lists-at-scale.md).

create index ix_alert_recent on alert (updated_at, id, status, alert_type, period_year, period_month);
create index ix_alert_type_recent on alert (alert_type, updated_at, id, status, period_year, period_month);
create index ix_alert_unit_recent on alert (department, updated_at, id, status, alert_type, period_year,
                                            period_month);
create index ix_alert_status_recent on alert (status, updated_at, id, alert_type, period_year, period_month);

-- (status, alert_type) is now a prefix of nothing the lists order by, and a status filter found it as good as
-- ix_alert_status_recent and then sorted every alert of that status: the new index serves both.
drop index ix_alert_status;
