-- Lotsen schema version 4: partner organisations, the intervention catalogue, a youth's interventions,
-- referrals, the youth's network, and consent.

-- Organisations the centre works with. Referenced ones are deactivated, never deleted (the foreign keys refuse).
CREATE TABLE partner_org (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('employment_service', 'social_insurance', 'social_services', 'school',
                                               'kaa', 'health_care', 'education', 'employer', 'civil_society',
                                               'other')),
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX partner_org_name_idx ON partner_org (name COLLATE NOCASE);

CREATE TABLE partner_person (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES partner_org (id),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role        TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX partner_person_org_idx ON partner_person (org_id);

-- The catalogue. provider_id NULL: the centre itself runs it.
CREATE TABLE intervention (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    category        TEXT NOT NULL CHECK (category IN ('work_training', 'studies', 'study_preparation',
                                                       'rehabilitation', 'assessment', 'supported_employment',
                                                       'folk_high_school', 'study_visit', 'lecture', 'health',
                                                       'other')),
    provider_id     INTEGER REFERENCES partner_org (id),
    description     TEXT NOT NULL DEFAULT '',
    typical_length  TEXT NOT NULL DEFAULT '',
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX intervention_provider_idx ON intervention (provider_id) WHERE provider_id IS NOT NULL;

-- A youth's participation in an intervention, optionally carrying out a step of the action plan.
CREATE TABLE participation (
    id               INTEGER PRIMARY KEY,
    youth_id         INTEGER NOT NULL REFERENCES youth (id),
    intervention_id  INTEGER NOT NULL REFERENCES intervention (id),
    start_date       TEXT,
    planned_end      TEXT,
    status           TEXT NOT NULL CHECK (status IN ('proposed', 'ongoing', 'completed', 'interrupted')),
    outcome          TEXT NOT NULL DEFAULT '',
    plan_step_id     INTEGER REFERENCES plan_step (id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX participation_youth_idx ON participation (youth_id);
CREATE INDEX participation_intervention_idx ON participation (intervention_id, status);

-- Relatives and others around the youth.
CREATE TABLE network_person (
    id              INTEGER PRIMARY KEY,
    youth_id        INTEGER NOT NULL REFERENCES youth (id),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    relation        TEXT NOT NULL CHECK (relation IN ('parent', 'sibling', 'partner', 'guardian', 'friend', 'other')),
    phone           TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    legal_guardian  INTEGER NOT NULL DEFAULT 0 CHECK (legal_guardian IN (0, 1)),
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX network_person_youth_idx ON network_person (youth_id);

-- Partner contact persons who work with this youth ("handläggare på Arbetsförmedlingen").
CREATE TABLE youth_partner_contact (
    youth_id   INTEGER NOT NULL REFERENCES youth (id),
    person_id  INTEGER NOT NULL REFERENCES partner_person (id),
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (youth_id, person_id)
);
CREATE INDEX youth_partner_contact_person_idx ON youth_partner_contact (person_id);

-- Consent. Never deleted; withdrawing keeps the record. The scope decides which reference is set: relatives
-- (a named person, or NULL for all relatives), a named partner organisation, or a free text for "other".
CREATE TABLE consent (
    id                 INTEGER PRIMARY KEY,
    youth_id           INTEGER NOT NULL REFERENCES youth (id),
    scope              TEXT NOT NULL CHECK (scope IN ('relatives', 'partner', 'sensitive_notes', 'photos', 'other')),
    network_person_id  INTEGER REFERENCES network_person (id),
    partner_org_id     INTEGER REFERENCES partner_org (id),
    other_text         TEXT NOT NULL DEFAULT '',
    given_on           TEXT NOT NULL,
    form               TEXT NOT NULL CHECK (form IN ('written', 'verbal')),
    witness            TEXT NOT NULL DEFAULT '',
    valid_until        TEXT,
    guardian_id        INTEGER REFERENCES network_person (id),
    withdrawn_on       TEXT,
    withdrawn_note     TEXT NOT NULL DEFAULT '',
    staff_id           INTEGER REFERENCES staff (id),
    created_at         TEXT NOT NULL,
    CHECK ((scope = 'partner') = (partner_org_id IS NOT NULL)),
    CHECK (scope = 'relatives' OR network_person_id IS NULL),
    CHECK (scope <> 'other' OR length(trim(other_text)) > 0),
    CHECK (form <> 'verbal' OR length(trim(witness)) > 0),
    CHECK (valid_until IS NULL OR valid_until >= given_on),
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
CREATE INDEX consent_youth_idx ON consent (youth_id, scope);
CREATE INDEX consent_expiry_idx ON consent (valid_until) WHERE valid_until IS NOT NULL AND withdrawn_on IS NULL;

CREATE TRIGGER consent_no_delete BEFORE DELETE ON consent BEGIN
    SELECT RAISE(ABORT, 'consents are never deleted; withdraw them');
END;

-- Only withdrawing changes a consent, and only once.
CREATE TRIGGER consent_only_withdraw BEFORE UPDATE ON consent
WHEN OLD.withdrawn_on IS NOT NULL OR NEW.withdrawn_on IS NULL
    OR NEW.youth_id IS NOT OLD.youth_id OR NEW.scope IS NOT OLD.scope
    OR NEW.network_person_id IS NOT OLD.network_person_id OR NEW.partner_org_id IS NOT OLD.partner_org_id
    OR NEW.other_text IS NOT OLD.other_text OR NEW.given_on IS NOT OLD.given_on OR NEW.form IS NOT OLD.form
    OR NEW.witness IS NOT OLD.witness OR NEW.valid_until IS NOT OLD.valid_until
    OR NEW.guardian_id IS NOT OLD.guardian_id OR NEW.staff_id IS NOT OLD.staff_id
    OR NEW.created_at IS NOT OLD.created_at
BEGIN
    SELECT RAISE(ABORT, 'a consent can only be withdrawn, once');
END;

-- A referral to a partner organisation relies on a consent, or on an override with a written reason.
CREATE TABLE referral (
    id               INTEGER PRIMARY KEY,
    youth_id         INTEGER NOT NULL REFERENCES youth (id),
    org_id           INTEGER NOT NULL REFERENCES partner_org (id),
    person_id        INTEGER REFERENCES partner_person (id),
    sent_on          TEXT NOT NULL,
    reason           TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    consent_id       INTEGER REFERENCES consent (id),
    consent_override TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'accepted', 'declined', 'no_answer')),
    response_on      TEXT,
    response_note    TEXT NOT NULL DEFAULT '',
    staff_id         INTEGER REFERENCES staff (id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK (consent_id IS NOT NULL OR length(trim(consent_override)) > 0)
);
CREATE INDEX referral_youth_idx ON referral (youth_id);
CREATE INDEX referral_waiting_idx ON referral (sent_on) WHERE status = 'sent';

-- A contact with a relative names the consent it relies on, or an override with a written reason, and may name
-- the relative. Older entries (before schema 4) keep what they had.
ALTER TABLE contact ADD COLUMN network_person_id INTEGER REFERENCES network_person (id);
ALTER TABLE contact ADD COLUMN consent_id INTEGER REFERENCES consent (id);
ALTER TABLE contact ADD COLUMN consent_override TEXT NOT NULL DEFAULT '';

CREATE TRIGGER contact_relative_needs_consent BEFORE INSERT ON contact
WHEN NEW.with_whom = 'relative' AND NEW.consent_id IS NULL AND length(trim(NEW.consent_override)) = 0
BEGIN
    SELECT RAISE(ABORT, 'a contact with a relative needs a consent or a written override');
END;

CREATE TRIGGER contact_relative_needs_consent_on_change BEFORE UPDATE OF with_whom, consent_id, consent_override
ON contact
WHEN NEW.with_whom = 'relative' AND NEW.consent_id IS NULL AND length(trim(NEW.consent_override)) = 0
    AND (OLD.with_whom <> 'relative' OR OLD.consent_id IS NOT NULL OR length(trim(OLD.consent_override)) > 0)
BEGIN
    SELECT RAISE(ABORT, 'a contact with a relative needs a consent or a written override');
END;
