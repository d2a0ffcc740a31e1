-- Version 13: a version per action plan and per centre setting, as 0012 gave the youth. A save names the version
-- it read and raises it by one; a save over a newer version (someone else saved the plan, or the setting, on another
-- PC meanwhile) changes nothing and is reported with who changed it and when, never a silent overwrite.
ALTER TABLE action_plan ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0);

-- A setting records who changed it last and when (the logged-in account, set by the data layer), for the message
-- that refuses a save over it. Settings written before this version have neither.
ALTER TABLE setting ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE setting ADD COLUMN changed_by INTEGER REFERENCES account (id);
ALTER TABLE setting ADD COLUMN changed_at TEXT;
