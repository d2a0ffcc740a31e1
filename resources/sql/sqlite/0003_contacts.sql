-- Lotsen schema version 3: the contact history (timeline), attention snoozes, outreach and the meeting place.

-- Every contact and contact attempt with a youth. Entries are never deleted: a deleted entry is struck out
-- (who, when, why), and a correction is a new entry that refers to the one it corrects.
CREATE TABLE contact (
    id             INTEGER PRIMARY KEY,
    youth_id       INTEGER NOT NULL REFERENCES youth (id),
    occurred_at    TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('meeting', 'phone', 'sms', 'email', 'video', 'home_visit',
                                                  'drop_in', 'group_activity', 'letter', 'attempt')),
    with_whom      TEXT NOT NULL DEFAULT 'youth' CHECK (with_whom IN ('youth', 'relative', 'partner', 'other')),
    staff_id       INTEGER REFERENCES staff (id),
    note           TEXT NOT NULL DEFAULT '',
    next_planned   TEXT,
    corrects_id    INTEGER REFERENCES contact (id),
    activity_id    INTEGER REFERENCES group_activity (id),
    struck_at      TEXT,
    struck_by      INTEGER REFERENCES staff (id),
    struck_reason  TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX contact_youth_idx ON contact (youth_id, occurred_at);
-- The meeting place counts visits per day, week and month, and lists an activity's attendance.
CREATE INDEX contact_kind_time_idx ON contact (kind, occurred_at);
CREATE INDEX contact_activity_idx ON contact (activity_id) WHERE activity_id IS NOT NULL;

-- Entries are never removed from the database, whatever program tries.
CREATE TRIGGER contact_no_delete BEFORE DELETE ON contact BEGIN
    SELECT RAISE(ABORT, 'contact entries are never deleted; strike them out');
END;

-- The register's and the Today view's figures per youth, kept by the triggers below so that neither has to
-- aggregate millions of contacts: the last successful contact, the next planned contact, and the run of
-- unanswered attempts since then.
ALTER TABLE youth ADD COLUMN last_contact_at TEXT;
ALTER TABLE youth ADD COLUMN next_planned_contact TEXT;
ALTER TABLE youth ADD COLUMN unanswered_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE youth ADD COLUMN first_unanswered_at TEXT;
ALTER TABLE youth ADD COLUMN pause_until TEXT;
CREATE INDEX youth_last_contact_idx ON youth (last_contact_at);
CREATE INDEX youth_next_planned_idx ON youth (next_planned_contact);
CREATE INDEX youth_attention_idx ON youth (status, last_contact_at);

-- Snoozing a reason on the Today view: only to a date, and only with a written explanation.
CREATE TABLE attention_snooze (
    id           INTEGER PRIMARY KEY,
    youth_id     INTEGER NOT NULL REFERENCES youth (id),
    reason       TEXT NOT NULL,
    until_date   TEXT NOT NULL,
    explanation  TEXT NOT NULL CHECK (length(trim(explanation)) > 0),
    staff_id     INTEGER REFERENCES staff (id),
    created_at   TEXT NOT NULL
);
CREATE INDEX attention_snooze_idx ON attention_snooze (youth_id, reason, until_date);

-- The meeting place: group activities with attendance, and anonymous drop-in visits.
CREATE TABLE group_activity (
    id          INTEGER PRIMARY KEY,
    held_on     TEXT NOT NULL,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    place       TEXT NOT NULL DEFAULT '',
    leader_id   INTEGER REFERENCES staff (id),
    created_at  TEXT NOT NULL
);
CREATE INDEX group_activity_date_idx ON group_activity (held_on);

CREATE TABLE anonymous_visit (
    id           INTEGER PRIMARY KEY,
    visited_at   TEXT NOT NULL,
    gender       TEXT NOT NULL DEFAULT 'not_stated' CHECK (gender IN ('woman', 'man', 'other', 'not_stated')),
    age_group    TEXT NOT NULL CHECK (age_group IN ('15-17', '18-19', '20-24', '25-29', 'unknown'))
);
CREATE INDEX anonymous_visit_time_idx ON anonymous_visit (visited_at);
