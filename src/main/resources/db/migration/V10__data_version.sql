-- One counter every node bumps after it committed a change of stored figures (issue 12). A node's overview cache
-- reads it (a primary-key read) before serving, and forgets what it holds when another node moved it on
-- (docs/decisions/0021-several-nodes.md).

create table data_version
(
    id      integer not null primary key,
    version bigint  not null
);

insert into data_version (id, version) values (1, 0);

-- The start-up work of a node (demo users, seed, monitoring data, overdue check) runs while it holds this row
-- (select … for update), so two nodes started at once do it one after the other and the second finds it done.
create table node_lock
(
    name varchar(64) not null primary key
);

insert into node_lock (name) values ('start-up');
