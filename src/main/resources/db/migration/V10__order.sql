-- Credit notes (order process, issue 3): what the agency owes back to a client, e.g. the payments
-- of a withdrawn order (BDB-R15) or a deposit larger than the cancellation fee (WJA-18, BDB-10.2).
-- Numbered gaplessly per year like invoices (series CN), amounts incl. VAT as refunded.
create table cf_credit_note (
    number           varchar(24)   primary key,
    note_year        integer       not null,
    seq              integer       not null,
    contract_number  varchar(24)   not null references cf_contract (number),
    client_id        varchar(36)   not null references cf_client (id),
    credited_invoice varchar(24)   references cf_invoice (number),
    clause           varchar(40)   not null,
    issue_date       date          not null,
    amount           numeric(14,2) not null,
    reason           varchar(2000) not null,
    created_at       timestamp with time zone not null,
    unique (note_year, seq)
);
create index cf_credit_note_contract on cf_credit_note (contract_number);
