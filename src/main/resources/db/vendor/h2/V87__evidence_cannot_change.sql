-- Evidence cannot change after the fact (issue 15), H2 flavour: Java triggers
-- (be.contractflow.audit.EvidenceTrigger) refuse UPDATE and DELETE of stored documents, payments,
-- credit notes, waivers and pinned terms, and any UPDATE of a notice's content or an invoice's
-- amounts. The PostgreSQL flavour is db/vendor/postgresql/V87__evidence_cannot_change.sql.
create trigger cf_document_immutable before update, delete on cf_document
    for each row call 'be.contractflow.audit.EvidenceTrigger';
create trigger cf_payment_immutable before update, delete on cf_payment
    for each row call 'be.contractflow.audit.EvidenceTrigger';
create trigger cf_credit_note_immutable before update, delete on cf_credit_note
    for each row call 'be.contractflow.audit.EvidenceTrigger';
create trigger cf_waiver_immutable before update, delete on cf_waiver
    for each row call 'be.contractflow.audit.EvidenceTrigger';
create trigger cf_contract_terms_version_immutable before update, delete on cf_contract_terms_version
    for each row call 'be.contractflow.audit.EvidenceTrigger';
create trigger cf_notice_content_fixed before update on cf_notice
    for each row call 'be.contractflow.audit.EvidenceTrigger';
create trigger cf_invoice_amounts_fixed before update on cf_invoice
    for each row call 'be.contractflow.audit.EvidenceTrigger';
