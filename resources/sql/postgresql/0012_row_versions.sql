-- Version 12: a version per youth row (as in SQLite's 0012_row_versions.sql), and change notices for the other PCs.
ALTER TABLE youth ADD COLUMN row_version integer NOT NULL DEFAULT 1 CHECK (row_version > 0);

-- Every committed change to what a mentor sees is announced on the channel lotsen_change as
-- "<table>:<youth id or empty>", so that Today, the register, the meeting place and an open card on the other PCs
-- read again what changed, and only that (LISTEN/NOTIFY: delivered at commit; equal notices of one transaction are
-- sent once).
CREATE FUNCTION lotsen_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed record;
    youth   bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := OLD;
    ELSE
        changed := NEW;
    END IF;
    IF TG_TABLE_NAME = 'youth' THEN
        youth := changed.id;
    ELSIF TG_TABLE_NAME = 'plan_step' THEN
        SELECT p.youth_id INTO youth FROM action_plan p WHERE p.id = changed.plan_id;
    ELSIF TG_TABLE_NAME = 'enrolment_exit' THEN
        SELECT p.youth_id INTO youth FROM enrolment_period p WHERE p.id = changed.period_id;
    ELSIF TG_TABLE_NAME = 'follow_up_attempt' THEN
        SELECT f.youth_id INTO youth FROM follow_up f WHERE f.id = changed.follow_up_id;
    ELSIF TG_TABLE_NAME IN ('anonymous_visit', 'group_activity', 'setting') THEN
        youth := NULL;
    ELSE
        youth := changed.youth_id;
    END IF;
    PERFORM pg_notify('lotsen_change', TG_TABLE_NAME || ':' || coalesce(youth::text, ''));
    RETURN NULL;
END
$$;

CREATE TRIGGER youth_notify AFTER INSERT OR UPDATE OR DELETE ON youth
    FOR EACH ROW EXECUTE FUNCTION lotsen_notify_change();
CREATE TRIGGER contact_notify AFTER INSERT OR UPDATE OR DELETE ON contact
    FOR EACH ROW EXECUTE FUNCTION lotsen_notify_change();
CREATE TRIGGER action_plan_notify AFTER INSERT OR UPDATE OR DELETE ON action_plan
    FOR EACH ROW EXECUTE FUNCTION lotsen_notify_change();
CREATE TRIGGER plan_step_notify AFTER INSERT OR UPDATE OR DELETE ON plan_step
    FOR EACH ROW EXECUTE FUNCTION lotsen_notify_change();
CREATE TRIGGER consent_notify AFTER INSERT OR UPDATE OR DELETE ON consent
    FOR EACH ROW EXECUTE FUNCTION lotsen_notify_change();
CREATE TRIGGER enrolment_period_notify AFTER INSERT OR UPDATE OR DELETE ON enrolment_period
    FOR EACH ROW EXECUTE FUNCTION lotsen_notify_change();
CREATE TRIGGER enrolment_exit_notify AFTER INSERT OR UPDATE OR DELETE ON enrolment_exit
    FOR EACH ROW EXECUTE FUNCTION lotsen_notify_change();
CREATE TRIGGER follow_up_notify AFTER INSERT OR UPDATE OR DELETE ON follow_up
    FOR EACH ROW EXECUTE FUNCTION lotsen_notify_change();
CREATE TRIGGER follow_up_attempt_notify AFTER INSERT OR UPDATE OR DELETE ON follow_up_attempt
    FOR EACH ROW EXECUTE FUNCTION lotsen_notify_change();
CREATE TRIGGER attention_snooze_notify AFTER INSERT OR UPDATE OR DELETE ON attention_snooze
    FOR EACH ROW EXECUTE FUNCTION lotsen_notify_change();
CREATE TRIGGER anonymous_visit_notify AFTER INSERT OR UPDATE OR DELETE ON anonymous_visit
    FOR EACH ROW EXECUTE FUNCTION lotsen_notify_change();
CREATE TRIGGER group_activity_notify AFTER INSERT OR UPDATE OR DELETE ON group_activity
    FOR EACH ROW EXECUTE FUNCTION lotsen_notify_change();
CREATE TRIGGER referral_notify AFTER INSERT OR UPDATE OR DELETE ON referral
    FOR EACH ROW EXECUTE FUNCTION lotsen_notify_change();
CREATE TRIGGER participation_notify AFTER INSERT OR UPDATE OR DELETE ON participation
    FOR EACH ROW EXECUTE FUNCTION lotsen_notify_change();
