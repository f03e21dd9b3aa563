-- Payment process (issue 4): what its steps scan.
-- WJA-12 resolves every running contract of a client: contracts by client.
create index cf_contract_client on cf_contract (client_id);
-- A settled invoice restores services only if no other invoice of the contract is late, and the
-- month-end finds late invoices by status and due date.
create index cf_invoice_status_due on cf_invoice (status, due_date);
-- An invoice's deadlines (due date, contest window, reminder payment date, formal notice).
create index cf_deadline_invoice on cf_deadline (invoice_number);
