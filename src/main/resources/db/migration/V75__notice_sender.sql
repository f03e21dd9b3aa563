-- The From of each e-mail notice: the agency's sender (agency-identity.dmn), kept for the audit.
-- Null on notices issued before: the relay then uses contractflow.notice.from.
alter table cf_notice add column sender varchar(320);
