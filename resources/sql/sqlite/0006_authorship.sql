-- Lotsen schema version 6: who registered what. Every row that records work names the account that was logged in
-- when it was written: set by the data layer from the session, never chosen in a dialog, never changed afterwards.
-- "Which staff member had the contact" stays the separate staff_id field. Rows written before this version, or in a
-- database without accounts, keep NULL and show as unknown; nothing is guessed.

ALTER TABLE youth ADD COLUMN registered_by INTEGER REFERENCES account (id);
ALTER TABLE youth_event ADD COLUMN registered_by INTEGER REFERENCES account (id);
ALTER TABLE action_plan ADD COLUMN registered_by INTEGER REFERENCES account (id);
ALTER TABLE action_plan ADD COLUMN frozen_registered_by INTEGER REFERENCES account (id);
ALTER TABLE action_plan ADD COLUMN signed_registered_by INTEGER REFERENCES account (id);
ALTER TABLE plan_step ADD COLUMN registered_by INTEGER REFERENCES account (id);
ALTER TABLE contact ADD COLUMN registered_by INTEGER REFERENCES account (id);
ALTER TABLE contact ADD COLUMN struck_registered_by INTEGER REFERENCES account (id);
ALTER TABLE attention_snooze ADD COLUMN registered_by INTEGER REFERENCES account (id);
ALTER TABLE group_activity ADD COLUMN registered_by INTEGER REFERENCES account (id);
ALTER TABLE anonymous_visit ADD COLUMN registered_by INTEGER REFERENCES account (id);
ALTER TABLE participation ADD COLUMN registered_by INTEGER REFERENCES account (id);
ALTER TABLE network_person ADD COLUMN registered_by INTEGER REFERENCES account (id);
ALTER TABLE youth_partner_contact ADD COLUMN registered_by INTEGER REFERENCES account (id);
ALTER TABLE consent ADD COLUMN registered_by INTEGER REFERENCES account (id);
ALTER TABLE consent ADD COLUMN withdrawn_registered_by INTEGER REFERENCES account (id);
ALTER TABLE referral ADD COLUMN registered_by INTEGER REFERENCES account (id);
ALTER TABLE referral ADD COLUMN answer_registered_by INTEGER REFERENCES account (id);

-- Who registered a row is never changed afterwards, whatever program tries. The second acts (strike-out,
-- withdrawal, answer, freezing, signature) are recorded once, when they happen.
CREATE TRIGGER youth_registered_by_fixed BEFORE UPDATE OF registered_by ON youth
WHEN NEW.registered_by IS NOT OLD.registered_by BEGIN
    SELECT RAISE(ABORT, 'who registered an entry cannot be changed');
END;
CREATE TRIGGER youth_event_registered_by_fixed BEFORE UPDATE OF registered_by ON youth_event
WHEN NEW.registered_by IS NOT OLD.registered_by BEGIN
    SELECT RAISE(ABORT, 'who registered an entry cannot be changed');
END;
CREATE TRIGGER action_plan_registered_by_fixed BEFORE UPDATE OF registered_by ON action_plan
WHEN NEW.registered_by IS NOT OLD.registered_by BEGIN
    SELECT RAISE(ABORT, 'who registered an entry cannot be changed');
END;
CREATE TRIGGER plan_step_registered_by_fixed BEFORE UPDATE OF registered_by ON plan_step
WHEN NEW.registered_by IS NOT OLD.registered_by BEGIN
    SELECT RAISE(ABORT, 'who registered an entry cannot be changed');
END;
CREATE TRIGGER contact_registered_by_fixed BEFORE UPDATE OF registered_by ON contact
WHEN NEW.registered_by IS NOT OLD.registered_by BEGIN
    SELECT RAISE(ABORT, 'who registered an entry cannot be changed');
END;
CREATE TRIGGER attention_snooze_registered_by_fixed BEFORE UPDATE OF registered_by ON attention_snooze
WHEN NEW.registered_by IS NOT OLD.registered_by BEGIN
    SELECT RAISE(ABORT, 'who registered an entry cannot be changed');
END;
CREATE TRIGGER group_activity_registered_by_fixed BEFORE UPDATE OF registered_by ON group_activity
WHEN NEW.registered_by IS NOT OLD.registered_by BEGIN
    SELECT RAISE(ABORT, 'who registered an entry cannot be changed');
END;
CREATE TRIGGER anonymous_visit_registered_by_fixed BEFORE UPDATE OF registered_by ON anonymous_visit
WHEN NEW.registered_by IS NOT OLD.registered_by BEGIN
    SELECT RAISE(ABORT, 'who registered an entry cannot be changed');
END;
CREATE TRIGGER participation_registered_by_fixed BEFORE UPDATE OF registered_by ON participation
WHEN NEW.registered_by IS NOT OLD.registered_by BEGIN
    SELECT RAISE(ABORT, 'who registered an entry cannot be changed');
END;
CREATE TRIGGER network_person_registered_by_fixed BEFORE UPDATE OF registered_by ON network_person
WHEN NEW.registered_by IS NOT OLD.registered_by BEGIN
    SELECT RAISE(ABORT, 'who registered an entry cannot be changed');
END;
CREATE TRIGGER youth_partner_contact_registered_by_fixed BEFORE UPDATE OF registered_by ON youth_partner_contact
WHEN NEW.registered_by IS NOT OLD.registered_by BEGIN
    SELECT RAISE(ABORT, 'who registered an entry cannot be changed');
END;
CREATE TRIGGER consent_registered_by_fixed BEFORE UPDATE OF registered_by ON consent
WHEN NEW.registered_by IS NOT OLD.registered_by BEGIN
    SELECT RAISE(ABORT, 'who registered an entry cannot be changed');
END;
CREATE TRIGGER referral_registered_by_fixed BEFORE UPDATE OF registered_by ON referral
WHEN NEW.registered_by IS NOT OLD.registered_by BEGIN
    SELECT RAISE(ABORT, 'who registered an entry cannot be changed');
END;
CREATE TRIGGER contact_struck_registered_by_once BEFORE UPDATE OF struck_registered_by ON contact
WHEN OLD.struck_registered_by IS NOT NULL AND NEW.struck_registered_by IS NOT OLD.struck_registered_by BEGIN
    SELECT RAISE(ABORT, 'who registered an entry cannot be changed');
END;
CREATE TRIGGER consent_withdrawn_registered_by_once BEFORE UPDATE OF withdrawn_registered_by ON consent
WHEN OLD.withdrawn_registered_by IS NOT NULL AND NEW.withdrawn_registered_by IS NOT OLD.withdrawn_registered_by BEGIN
    SELECT RAISE(ABORT, 'who registered an entry cannot be changed');
END;
CREATE TRIGGER referral_answer_registered_by_once BEFORE UPDATE OF answer_registered_by ON referral
WHEN OLD.answer_registered_by IS NOT NULL AND NEW.answer_registered_by IS NOT OLD.answer_registered_by BEGIN
    SELECT RAISE(ABORT, 'who registered an entry cannot be changed');
END;
CREATE TRIGGER action_plan_frozen_registered_by_once BEFORE UPDATE OF frozen_registered_by ON action_plan
WHEN OLD.frozen_registered_by IS NOT NULL AND NEW.frozen_registered_by IS NOT OLD.frozen_registered_by BEGIN
    SELECT RAISE(ABORT, 'who registered an entry cannot be changed');
END;
CREATE TRIGGER action_plan_signed_registered_by_once BEFORE UPDATE OF signed_registered_by ON action_plan
WHEN OLD.signed_registered_by IS NOT NULL AND NEW.signed_registered_by IS NOT OLD.signed_registered_by BEGIN
    SELECT RAISE(ABORT, 'who registered an entry cannot be changed');
END;

-- Each account's own view (Today's mentor filter, the register's "mine"), kept in the database so that it follows
-- the person to another PC sharing the register, and is not handed to the next user of this PC.
CREATE TABLE account_preference (
    account_id  INTEGER NOT NULL REFERENCES account (id),
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (account_id, key)
);
