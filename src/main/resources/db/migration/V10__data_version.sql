-- One counter every node bumps after it committed a change of stored figures (issue 12). A node's overview cache
-- reads it (a primary-key read) before serving, and forgets what it holds when another node moved it on
-- (docs/decisions/0021-several-nodes.md).

create table data_version
(
    id      integer not null primary key,
    version bigint  not null
);

insert into data_version (id, version) values (1, 0);
