-- Issue 14, "forms with everything needed": staff reach a client by phone too (optional).
alter table cf_client add column phone varchar(32);
