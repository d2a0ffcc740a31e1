-- Version 12: a version per youth row. A save names the version it read and raises it by one; a save over a newer
-- version (someone else saved the youth on another PC meanwhile) changes nothing and is reported, never a silent
-- overwrite. The same in every engine.
ALTER TABLE youth ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0);
