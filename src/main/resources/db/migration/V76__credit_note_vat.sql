-- A credit note regularises VAT (Royal Decree No. 1 art. 5, VAT Code art. 79): its base and VAT at
-- the rate of the invoice it corrects, beside its total (amount, incl. VAT). Null on notes issued
-- before: their document splits the total at the corrected invoice's rate.
alter table cf_credit_note add column amount_excl_vat numeric(14,2);
alter table cf_credit_note add column vat_rate numeric(5,2);
alter table cf_credit_note add column vat numeric(14,2);
