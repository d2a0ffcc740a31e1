-- Schema version 8: limits on the length of text (issue 13 §3), the same as models/core/TextLimits.h. The
-- repositories refuse longer text with a message per field; these triggers refuse it from any other writer, so that
-- one 100,000-character name cannot stall the program or fill a plan with a hundred pages. Existing rows are not
-- changed; a row already over a limit must be shortened when it is next saved.

CREATE TRIGGER youth_text_limits_insert BEFORE INSERT ON youth
WHEN length(NEW.first_name) > 100 OR length(NEW.last_name) > 100 OR length(NEW.phone) > 50
  OR length(NEW.email) > 254 OR length(NEW.address) > 200 OR length(NEW.postal_code) > 50
  OR length(NEW.postal_town) > 100 OR length(NEW.municipality) > 100 OR length(NEW.note) > 20000
BEGIN
    SELECT RAISE(ABORT, 'text longer than its limit');
END;

CREATE TRIGGER youth_text_limits_update BEFORE UPDATE ON youth
WHEN length(NEW.first_name) > 100 OR length(NEW.last_name) > 100 OR length(NEW.phone) > 50
  OR length(NEW.email) > 254 OR length(NEW.address) > 200 OR length(NEW.postal_code) > 50
  OR length(NEW.postal_town) > 100 OR length(NEW.municipality) > 100 OR length(NEW.note) > 20000
BEGIN
    SELECT RAISE(ABORT, 'text longer than its limit');
END;

CREATE TRIGGER action_plan_text_limits_insert BEFORE INSERT ON action_plan
WHEN length(NEW.my_goal) > 10000 OR length(NEW.strengths) > 10000 OR length(NEW.support_needs) > 10000
  OR length(NEW.wishes) > 10000 OR length(NEW.long_term_goal) > 10000 OR length(NEW.notes) > 10000
BEGIN
    SELECT RAISE(ABORT, 'text longer than its limit');
END;

CREATE TRIGGER action_plan_text_limits_update BEFORE UPDATE ON action_plan
WHEN length(NEW.my_goal) > 10000 OR length(NEW.strengths) > 10000 OR length(NEW.support_needs) > 10000
  OR length(NEW.wishes) > 10000 OR length(NEW.long_term_goal) > 10000 OR length(NEW.notes) > 10000
BEGIN
    SELECT RAISE(ABORT, 'text longer than its limit');
END;

CREATE TRIGGER plan_step_text_limits_insert BEFORE INSERT ON plan_step
WHEN length(NEW.description) > 10000
BEGIN
    SELECT RAISE(ABORT, 'text longer than its limit');
END;

CREATE TRIGGER plan_step_text_limits_update BEFORE UPDATE ON plan_step
WHEN length(NEW.description) > 10000
BEGIN
    SELECT RAISE(ABORT, 'text longer than its limit');
END;

CREATE TRIGGER contact_text_limits_insert BEFORE INSERT ON contact
WHEN length(NEW.note) > 20000
BEGIN
    SELECT RAISE(ABORT, 'text longer than its limit');
END;
