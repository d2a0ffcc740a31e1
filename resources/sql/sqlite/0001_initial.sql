-- Lotsen schema version 1: staff, the youth register, its search index and the event history.
-- Statements end with ';' at the end of a line; trigger bodies end with 'END;'.

CREATE TABLE staff (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL CHECK (length(trim(name)) > 0),
    active  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE youth (
    id               INTEGER PRIMARY KEY,
    first_name       TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
    last_name        TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
    personal_number  TEXT UNIQUE CHECK (personal_number IS NULL OR (length(personal_number) = 12 AND personal_number NOT GLOB '*[^0-9]*')),
    birth_date       TEXT,
    gender           TEXT NOT NULL DEFAULT 'not_stated' CHECK (gender IN ('woman', 'man', 'other', 'not_stated')),
    phone            TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL DEFAULT '',
    postal_code      TEXT NOT NULL DEFAULT '',
    municipality     TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'prospect' CHECK (status IN ('prospect', 'active', 'paused', 'exited')),
    mentor_id        INTEGER REFERENCES staff (id),
    start_date       TEXT,
    referral_source  TEXT NOT NULL DEFAULT '',
    note             TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

-- The register sorts by name and filters by these columns; each index keeps a 100,000-row register fast.
CREATE INDEX youth_name_idx ON youth (last_name COLLATE NOCASE, first_name COLLATE NOCASE, id);
CREATE INDEX youth_status_idx ON youth (status, last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX youth_mentor_idx ON youth (mentor_id, last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX youth_municipality_idx ON youth (municipality, last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX youth_birth_date_idx ON youth (birth_date);
CREATE INDEX youth_start_date_idx ON youth (start_date);

CREATE TABLE youth_target_group (
    youth_id      INTEGER NOT NULL REFERENCES youth (id) ON DELETE CASCADE,
    target_group  TEXT NOT NULL,
    PRIMARY KEY (youth_id, target_group)
) WITHOUT ROWID;

-- The youth's history. This version writes 'created' and 'status_changed'; the timeline adds contacts.
CREATE TABLE youth_event (
    id           INTEGER PRIMARY KEY,
    youth_id     INTEGER NOT NULL REFERENCES youth (id) ON DELETE CASCADE,
    occurred_at  TEXT NOT NULL,
    kind         TEXT NOT NULL,
    detail       TEXT NOT NULL DEFAULT '',
    staff_id     INTEGER REFERENCES staff (id)
);
CREATE INDEX youth_event_youth_idx ON youth_event (youth_id, occurred_at);

-- Centre-wide settings that every PC sharing the file must see alike.
CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT
) WITHOUT ROWID;

-- Search-as-you-type: names as words, numbers as digits only (12- and 10-digit personal number, phone).
CREATE VIRTUAL TABLE youth_search USING fts5 (
    name, numbers,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER youth_search_insert AFTER INSERT ON youth BEGIN
    INSERT INTO youth_search (rowid, name, numbers)
    VALUES (new.id, new.first_name || ' ' || new.last_name,
            coalesce(new.personal_number || ' ' || substr(new.personal_number, 3), '') || ' ' ||
            replace(replace(replace(replace(replace(new.phone, ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''));
END;

CREATE TRIGGER youth_search_update AFTER UPDATE OF first_name, last_name, personal_number, phone ON youth BEGIN
    DELETE FROM youth_search WHERE rowid = old.id;
    INSERT INTO youth_search (rowid, name, numbers)
    VALUES (new.id, new.first_name || ' ' || new.last_name,
            coalesce(new.personal_number || ' ' || substr(new.personal_number, 3), '') || ' ' ||
            replace(replace(replace(replace(replace(new.phone, ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''));
END;

CREATE TRIGGER youth_search_delete AFTER DELETE ON youth BEGIN
    DELETE FROM youth_search WHERE rowid = old.id;
END;
