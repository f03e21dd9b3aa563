-- Issue 11 item 3: where the contract was concluded (DISTANCE, OFF_PREMISES, PREMISES) and whether the
-- consumer expressly asked the work to start inside the withdrawal period, recorded at signature.
-- Code of Economic Law VI.47 opens the consumer's 14-day withdrawal right only for contracts concluded
-- at a distance or off premises; VI.51 §3 makes an early start cost a proportional amount.
-- Null on quotes signed before this migration: read as the signature channel implies (docs/READINGS.md).
alter table cf_quote add column concluded_at varchar(16);
alter table cf_quote add column early_start_requested boolean;
