-- A notice whose text states dates counted from its sending (the Book XIX reminder: "pay by …",
-- 14 days from the day after it leaves) may only leave on the day it was written for. The relay
-- does not send it after send_by (Brussels date); the payment process then opens the accounting
-- task "Unsent reminder" instead of counting a wait from a reminder that never left (issue 11).
alter table cf_notice add column send_by date;
