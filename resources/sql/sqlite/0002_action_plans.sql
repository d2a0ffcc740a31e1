-- Lotsen schema version 2: individual action plans with versions and steps, frozen versions enforced by triggers.

CREATE TABLE action_plan (
    id              INTEGER PRIMARY KEY,
    youth_id        INTEGER NOT NULL REFERENCES youth (id),
    version         INTEGER NOT NULL CHECK (version >= 1),
    plan_date       TEXT NOT NULL,
    staff_id        INTEGER REFERENCES staff (id),
    my_goal         TEXT NOT NULL DEFAULT '',
    strengths       TEXT NOT NULL DEFAULT '',
    support_needs   TEXT NOT NULL DEFAULT '',
    wishes          TEXT NOT NULL DEFAULT '',
    long_term_goal  TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    next_review     TEXT,
    signed_on       TEXT,
    frozen_at       TEXT,
    frozen_by       INTEGER REFERENCES staff (id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (youth_id, version)
);
-- At most one version per youth is open for editing; the others are frozen.
CREATE UNIQUE INDEX action_plan_open_idx ON action_plan (youth_id) WHERE frozen_at IS NULL;
-- The Today view will look for reviews that are due.
CREATE INDEX action_plan_review_idx ON action_plan (next_review) WHERE frozen_at IS NULL;

CREATE TABLE plan_step (
    id                INTEGER PRIMARY KEY,
    plan_id           INTEGER NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    description       TEXT NOT NULL DEFAULT '',
    responsible       TEXT NOT NULL DEFAULT 'youth' CHECK (responsible IN ('youth', 'mentor', 'other')),
    responsible_name  TEXT NOT NULL DEFAULT '',
    start_date        TEXT,
    due_date          TEXT,
    status            TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'ongoing', 'done', 'cancelled')),
    outcome           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_step_plan_idx ON plan_step (plan_id, position);

-- A frozen version is a record of what was agreed: the database itself refuses to change it.
CREATE TRIGGER action_plan_frozen_update BEFORE UPDATE ON action_plan WHEN old.frozen_at IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'action plan version is frozen');
END;

CREATE TRIGGER action_plan_frozen_delete BEFORE DELETE ON action_plan WHEN old.frozen_at IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'action plan version is frozen');
END;

CREATE TRIGGER plan_step_frozen_insert BEFORE INSERT ON plan_step
WHEN (SELECT frozen_at FROM action_plan WHERE id = new.plan_id) IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'action plan version is frozen');
END;

CREATE TRIGGER plan_step_frozen_update BEFORE UPDATE ON plan_step
WHEN (SELECT frozen_at FROM action_plan WHERE id = old.plan_id) IS NOT NULL
  OR (SELECT frozen_at FROM action_plan WHERE id = new.plan_id) IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'action plan version is frozen');
END;

CREATE TRIGGER plan_step_frozen_delete BEFORE DELETE ON plan_step
WHEN (SELECT frozen_at FROM action_plan WHERE id = old.plan_id) IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'action plan version is frozen');
END;

-- REPLACE (INSERT OR REPLACE, UPDATE OR REPLACE) deletes the rows it collides with without firing their delete
-- triggers, so a write that would replace a frozen version or one of its steps is refused before it starts.
CREATE TRIGGER action_plan_frozen_replace_insert BEFORE INSERT ON action_plan
WHEN EXISTS (SELECT 1 FROM action_plan WHERE id = new.id AND frozen_at IS NOT NULL)
  OR EXISTS (SELECT 1 FROM action_plan WHERE youth_id = new.youth_id AND version = new.version
             AND frozen_at IS NOT NULL) BEGIN
    SELECT RAISE(ABORT, 'action plan version is frozen');
END;

CREATE TRIGGER action_plan_frozen_replace_update BEFORE UPDATE ON action_plan
WHEN EXISTS (SELECT 1 FROM action_plan WHERE id = new.id AND id <> old.id AND frozen_at IS NOT NULL)
  OR EXISTS (SELECT 1 FROM action_plan WHERE youth_id = new.youth_id AND version = new.version AND id <> old.id
             AND frozen_at IS NOT NULL) BEGIN
    SELECT RAISE(ABORT, 'action plan version is frozen');
END;

CREATE TRIGGER plan_step_frozen_replace_insert BEFORE INSERT ON plan_step
WHEN (SELECT p.frozen_at FROM plan_step s JOIN action_plan p ON p.id = s.plan_id WHERE s.id = new.id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'action plan version is frozen');
END;

CREATE TRIGGER plan_step_frozen_replace_update BEFORE UPDATE ON plan_step
WHEN new.id <> old.id
 AND (SELECT p.frozen_at FROM plan_step s JOIN action_plan p ON p.id = s.plan_id WHERE s.id = new.id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'action plan version is frozen');
END;
