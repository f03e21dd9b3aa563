-- The dunning state an invoice has reached, read by the settlement calculation:
-- a consumer owes nothing beyond the principal before a free first reminder and 14 days
-- (Code of Economic Law, Book XIX); staff may waive interest or the indemnity with a reason.
alter table cf_invoice add column first_reminder_date date;
alter table cf_invoice add column first_reminder_channel varchar(24);
alter table cf_invoice add column interest_waived_reason varchar(2000);
alter table cf_invoice add column indemnity_waived_reason varchar(2000);
