-- Lotsen schema version 5: staff accounts with roles, and the access log.

-- Accounts are never deleted: the access log refers to them. A mentor account is linked to the staff record
-- that youths name as their mentor.
CREATE TABLE account (
    id                    INTEGER PRIMARY KEY,
    username              TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(username)) > 0),
    display_name          TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    role                  TEXT NOT NULL CHECK (role IN ('mentor', 'coordinator', 'administrator')),
    password_hash         TEXT NOT NULL,
    must_change_password  INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    wider_access          INTEGER NOT NULL DEFAULT 0 CHECK (wider_access IN (0, 1)),
    active                INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    staff_id              INTEGER UNIQUE REFERENCES staff (id),
    failed_logins         INTEGER NOT NULL DEFAULT 0,
    last_failed_at        TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);

CREATE TRIGGER account_no_delete BEFORE DELETE ON account BEGIN
    SELECT RAISE(ABORT, 'accounts are never deleted; deactivate them');
END;

-- Who did what, when, to which youth. Only the youth's id and a short detail (a field or a document), never
-- personal data. Each entry carries the hash of the one before it, so that an entry changed or removed with
-- another tool breaks the chain; the program itself can neither change nor delete entries.
CREATE TABLE access_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    account_id  INTEGER REFERENCES account (id),
    username    TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    youth_id    INTEGER,
    detail      TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX access_log_youth_idx ON access_log (youth_id, at) WHERE youth_id IS NOT NULL;
CREATE INDEX access_log_account_idx ON access_log (account_id, at);
CREATE INDEX access_log_action_idx ON access_log (action, at);

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log BEGIN
    SELECT RAISE(ABORT, 'the access log cannot be changed');
END;

CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log BEGIN
    SELECT RAISE(ABORT, 'the access log cannot be deleted');
END;
