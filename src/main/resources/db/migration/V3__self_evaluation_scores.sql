-- Year-end self-evaluation: each indicator's weight (points out of 100 for its project), the share of full marks
-- each stored value earns, and which weighting scheme a project uses (equal within levels, or national).

alter table project add column weight_scheme varchar(20);
alter table indicator add column weight numeric(9, 4);
alter table actual_value add column score numeric(7, 4);
