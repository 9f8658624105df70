-- An agency's 10,000th dossier of a day no longer fails: the sequence goes on with 5 digits (…-10000) up to
-- 99,999 (DossierCode); beyond that intake refuses with a clear problem, its transaction rolled back.
alter table dossier_daily_counter drop constraint dossier_daily_counter_n_check;
alter table dossier_daily_counter add constraint dossier_daily_counter_n_check check (n >= 1);
