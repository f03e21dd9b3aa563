-- VIR-4 "invoices per the quote": the payment term a quote sets (days from the invoice date) for
-- the contract's price invoices; null leaves it to the terms (terms-payment).
alter table cf_quote add column payment_term_days integer;
