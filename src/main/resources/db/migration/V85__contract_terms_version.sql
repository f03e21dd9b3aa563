-- Terms pinned per contract (issue 15): at signature the contract records, per terms decision
-- key, the exact decision definition in force; every later evaluation for that contract uses it.
-- A row is written once and never changed.
create table cf_contract_terms_version (
    contract_number         varchar(24)  not null references cf_contract (number),
    decision_key            varchar(100) not null,
    decision_definition_id  varchar(64)  not null,
    decision_version        integer      not null,
    pinned_at               timestamp with time zone not null,
    primary key (contract_number, decision_key)
);
