-- Which billing period each invoice pays for (issue 5, termination): a recurring contract is
-- invoiced in advance, so when it ends inside a period already invoiced the days after its last day
-- are credited. One row per period an invoice covers, with the amount invoiced for it (excl. VAT);
-- credit_note is set when the days after the end were credited, so they never are twice.
create table cf_invoice_period (
    invoice_number   varchar(24)   not null references cf_invoice (number),
    period_start     date          not null,
    period_end       date          not null,
    amount_excl_vat  numeric(14,2) not null,
    credit_note      varchar(24)   references cf_credit_note (number),
    primary key (invoice_number, period_start)
);
