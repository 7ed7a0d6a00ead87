-- TOTP: the last time step a code was accepted for, so every code works only once.
ALTER TABLE platina.app_user ADD COLUMN totp_last_step bigint NOT NULL DEFAULT 0;
