-- Version 13: a version per action plan and per centre setting (as in SQLite's 0013_plan_setting_versions.sql).
ALTER TABLE action_plan ADD COLUMN row_version integer NOT NULL DEFAULT 1 CHECK (row_version > 0);

ALTER TABLE setting ADD COLUMN row_version integer NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE setting ADD COLUMN changed_by bigint REFERENCES account (id);
ALTER TABLE setting ADD COLUMN changed_at timestamptz;

-- The other PCs hear of a changed centre setting too ("setting:", as lotsen_notify_change of 0012 names it).
CREATE TRIGGER setting_notify AFTER INSERT OR UPDATE OR DELETE ON setting
    FOR EACH ROW EXECUTE FUNCTION lotsen_notify_change();
