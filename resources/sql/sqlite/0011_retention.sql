-- Schema version 11: retention (gallring) by policy and erasure on request (issue 16 §2 and §4). A culled youth
-- keeps what the reports count (gender, birth year, municipality, period dates, the categories at entry and exit,
-- follow-up results, the kinds and dates of contacts) and loses every name, number, address and free text; the row
-- is marked anonymised and is never shown as a person again. See models/lifecycle/RetentionRepository.cpp.

ALTER TABLE youth ADD COLUMN anonymised_at TEXT;
-- The register counts and lists only the youths not anonymised.
CREATE INDEX youth_anonymised_idx ON youth (anonymised_at);

-- Every run: who, when, which kind, how many, under which decision, and for an erasure the written reason.
CREATE TABLE retention_run (
    id              INTEGER PRIMARY KEY,
    run_at          TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('policy', 'erasure', 'reapplied')),
    account_id      INTEGER REFERENCES account (id), -- NULL: a re-application after a restore, before login
    username        TEXT NOT NULL DEFAULT '',
    policy          TEXT NOT NULL DEFAULT '', -- "5y 12m 5y": years, prospect months, access-log years
    decision        TEXT NOT NULL DEFAULT '',
    reason          TEXT NOT NULL DEFAULT '',
    youths          INTEGER NOT NULL DEFAULT 0 CHECK (youths >= 0),
    prospects       INTEGER NOT NULL DEFAULT 0 CHECK (prospects >= 0),
    log_entries     INTEGER NOT NULL DEFAULT 0 CHECK (log_entries >= 0),
    log_cutoff      TEXT -- access-log entries before this moment were removed; NULL: none
);
CREATE TRIGGER retention_run_no_update BEFORE UPDATE ON retention_run BEGIN
    SELECT RAISE(ABORT, 'a retention run cannot be changed');
END;
CREATE TRIGGER retention_run_no_delete BEFORE DELETE ON retention_run BEGIN
    SELECT RAISE(ABORT, 'a retention run cannot be deleted');
END;

-- The youths being culled, filled and emptied inside the culling's transaction: the triggers that keep frozen
-- plans, consents, exits and follow-ups unchanged let the culling through for these youths only. (A main-schema
-- trigger cannot see a TEMP table, and PostgreSQL will need plain SQL.)
CREATE TABLE retention_culling (
    youth_id  INTEGER PRIMARY KEY
);

-- Where the access log starts after its oldest entries were removed: the first entry kept and the hash it follows,
-- with a MAC under the log's key (ChainSeal; "K" + key id + ":" + MAC, empty for an unsealed log), so that the
-- check starts there and someone with only the file cannot pretend a cut. Never changed or removed.
CREATE TABLE access_log_cut (
    id          INTEGER PRIMARY KEY,
    first_id    INTEGER NOT NULL,
    prev_hash   TEXT NOT NULL,
    mac         TEXT NOT NULL DEFAULT '',
    cut_at      TEXT NOT NULL,
    removed     INTEGER NOT NULL CHECK (removed > 0)
);
CREATE TRIGGER access_log_cut_no_update BEFORE UPDATE ON access_log_cut BEGIN
    SELECT RAISE(ABORT, 'the access log cannot be changed');
END;
CREATE TRIGGER access_log_cut_no_delete BEFORE DELETE ON access_log_cut BEGIN
    SELECT RAISE(ABORT, 'the access log cannot be deleted');
END;

-- Only entries before a recorded cut may go; everything else stays append-only.
DROP TRIGGER access_log_no_delete;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
WHEN NOT EXISTS (SELECT 1 FROM access_log_cut c WHERE OLD.id < c.first_id)
BEGIN
    SELECT RAISE(ABORT, 'the access log cannot be deleted');
END;

-- The rules below, as before, except for a youth being culled.
DROP TRIGGER action_plan_frozen_update;
CREATE TRIGGER action_plan_frozen_update BEFORE UPDATE ON action_plan
WHEN old.frozen_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM retention_culling WHERE youth_id = old.youth_id)
BEGIN
    SELECT RAISE(ABORT, 'action plan version is frozen');
END;

DROP TRIGGER plan_step_frozen_update;
CREATE TRIGGER plan_step_frozen_update BEFORE UPDATE ON plan_step
WHEN ((SELECT frozen_at FROM action_plan WHERE id = old.plan_id) IS NOT NULL
   OR (SELECT frozen_at FROM action_plan WHERE id = new.plan_id) IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM retention_culling r JOIN action_plan p ON p.youth_id = r.youth_id
                  WHERE p.id = old.plan_id AND new.plan_id = old.plan_id)
BEGIN
    SELECT RAISE(ABORT, 'action plan version is frozen');
END;

DROP TRIGGER consent_only_withdraw;
CREATE TRIGGER consent_only_withdraw BEFORE UPDATE ON consent
WHEN (OLD.withdrawn_on IS NOT NULL OR NEW.withdrawn_on IS NULL
    OR NEW.youth_id IS NOT OLD.youth_id OR NEW.scope IS NOT OLD.scope
    OR NEW.network_person_id IS NOT OLD.network_person_id OR NEW.partner_org_id IS NOT OLD.partner_org_id
    OR NEW.other_text IS NOT OLD.other_text OR NEW.given_on IS NOT OLD.given_on OR NEW.form IS NOT OLD.form
    OR NEW.witness IS NOT OLD.witness OR NEW.valid_until IS NOT OLD.valid_until
    OR NEW.guardian_id IS NOT OLD.guardian_id OR NEW.staff_id IS NOT OLD.staff_id
    OR NEW.created_at IS NOT OLD.created_at)
  AND NOT EXISTS (SELECT 1 FROM retention_culling WHERE youth_id = OLD.youth_id AND NEW.youth_id = OLD.youth_id)
BEGIN
    SELECT RAISE(ABORT, 'a consent can only be withdrawn, once');
END;

DROP TRIGGER enrolment_exit_fixed;
CREATE TRIGGER enrolment_exit_fixed BEFORE UPDATE ON enrolment_exit
WHEN (OLD.reopened_at IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.period_id IS NOT OLD.period_id
  OR NEW.exit_date IS NOT OLD.exit_date OR NEW.reason IS NOT OLD.reason OR NEW.reason_text IS NOT OLD.reason_text
  OR NEW.partner_org_id IS NOT OLD.partner_org_id OR NEW.situation IS NOT OLD.situation
  OR NEW.study_type IS NOT OLD.study_type OR NEW.qualification IS NOT OLD.qualification
  OR NEW.qualification_text IS NOT OLD.qualification_text OR NEW.follow_up_consent IS NOT OLD.follow_up_consent
  OR NEW.staff_id IS NOT OLD.staff_id OR NEW.created_at IS NOT OLD.created_at
  OR NEW.registered_by IS NOT OLD.registered_by)
  AND NOT EXISTS (SELECT 1 FROM retention_culling r JOIN enrolment_period p ON p.youth_id = r.youth_id
                  WHERE p.id = OLD.period_id AND NEW.period_id = OLD.period_id AND NEW.id = OLD.id
                    AND NEW.exit_date IS OLD.exit_date AND NEW.reason IS OLD.reason
                    AND NEW.situation IS OLD.situation)
BEGIN
    SELECT RAISE(ABORT, 'an exit cannot be changed, only reopened');
END;

DROP TRIGGER follow_up_closed_fixed;
CREATE TRIGGER follow_up_closed_fixed BEFORE UPDATE ON follow_up
WHEN OLD.status <> 'open'
  AND NOT EXISTS (SELECT 1 FROM retention_culling WHERE youth_id = OLD.youth_id AND NEW.status IS OLD.status
                    AND NEW.situation IS OLD.situation AND NEW.youth_id = OLD.youth_id)
BEGIN
    SELECT RAISE(ABORT, 'a closed follow-up cannot be changed');
END;

DROP TRIGGER follow_up_attempt_append_only;
CREATE TRIGGER follow_up_attempt_append_only BEFORE UPDATE ON follow_up_attempt
WHEN NOT EXISTS (SELECT 1 FROM retention_culling r JOIN follow_up f ON f.youth_id = r.youth_id
                 WHERE f.id = OLD.follow_up_id AND NEW.follow_up_id = OLD.follow_up_id
                   AND NEW.result IS OLD.result AND NEW.attempted_on IS OLD.attempted_on)
BEGIN
    SELECT RAISE(ABORT, 'a follow-up attempt cannot be changed');
END;

-- This register's identity, made once: backups, their rotation and the retention log beside them name it, so that
-- two registers with the same file name that share a backup folder never rotate away or re-cull each other's.
INSERT OR IGNORE INTO setting (key, value) VALUES ('database_id', lower(hex(randomblob(16))));
