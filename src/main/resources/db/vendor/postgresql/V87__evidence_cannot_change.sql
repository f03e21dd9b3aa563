-- Evidence cannot change after the fact (issue 15), PostgreSQL flavour: triggers refuse UPDATE,
-- DELETE and TRUNCATE of stored documents, payments, credit notes, waivers and pinned terms, and
-- any UPDATE of a notice's content or an invoice's amounts. The H2 flavour is
-- db/vendor/h2/V87__evidence_cannot_change.sql.
create or replace function cf_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'contractflow: % on % refused: it is evidence and cannot change after the fact',
      tg_op, tg_table_name using errcode = 'insufficient_privilege';
end
$$;

-- one function per table: plpgsql does not short-circuit, a field of another table would fail
create or replace function cf_refuse_notice_content_change() returns trigger language plpgsql as $$
begin
  if (new.notice_key, new.type, new.clause, new.channel, new.language, new.recipient,
        new.subject, new.body, new.document_name, new.document, new.contract_number,
        new.invoice_number, new.client_id, new.created_at)
      is distinct from (old.notice_key, old.type, old.clause, old.channel, old.language,
        old.recipient, old.subject, old.body, old.document_name, old.document,
        old.contract_number, old.invoice_number, old.client_id, old.created_at) then
    raise exception 'contractflow: UPDATE of the content of notice % refused: it is evidence and cannot change after the fact',
        old.id using errcode = 'insufficient_privilege';
  end if;
  return new;
end
$$;

create or replace function cf_refuse_invoice_amount_change() returns trigger language plpgsql as $$
begin
  if (new.number, new.contract_number, new.client_id, new.kind, new.clause, new.issue_date,
        new.amount_excl_vat, new.vat_rate, new.vat, new.total, new.structured_communication)
      is distinct from (old.number, old.contract_number, old.client_id, old.kind, old.clause,
        old.issue_date, old.amount_excl_vat, old.vat_rate, old.vat, old.total,
        old.structured_communication) then
    raise exception 'contractflow: UPDATE of the amounts of invoice % refused: it is evidence and cannot change after the fact (issue a credit note)',
        old.number using errcode = 'insufficient_privilege';
  end if;
  return new;
end
$$;

create trigger cf_document_immutable before update or delete on cf_document
    for each row execute function cf_refuse_change();
create trigger cf_document_no_truncate before truncate on cf_document
    for each statement execute function cf_refuse_change();
create trigger cf_payment_immutable before update or delete on cf_payment
    for each row execute function cf_refuse_change();
create trigger cf_payment_no_truncate before truncate on cf_payment
    for each statement execute function cf_refuse_change();
create trigger cf_credit_note_immutable before update or delete on cf_credit_note
    for each row execute function cf_refuse_change();
create trigger cf_waiver_immutable before update or delete on cf_waiver
    for each row execute function cf_refuse_change();
create trigger cf_contract_terms_version_immutable before update or delete
    on cf_contract_terms_version for each row execute function cf_refuse_change();
create trigger cf_notice_content_fixed before update on cf_notice
    for each row execute function cf_refuse_notice_content_change();
create trigger cf_invoice_amounts_fixed before update on cf_invoice
    for each row execute function cf_refuse_invoice_amount_change();
