-- Lotsen schema version 7: who last changed an edited row (below), and the postal town ("Ort", "Postort") beside the postal code. Lists from the municipality
-- carry it, and it is part of an address on a letter; the municipality is not always the same place.
ALTER TABLE youth ADD COLUMN postal_town TEXT;

-- Who last changed a row that is edited in place (a draft plan (its text or steps), personal data, a participation, a
-- network person): the logged-in account, set by the data layer, like registered_by for who wrote it first. NULL
-- for rows not changed since this version.
ALTER TABLE youth ADD COLUMN changed_by INTEGER REFERENCES account (id);
ALTER TABLE action_plan ADD COLUMN changed_by INTEGER REFERENCES account (id);
ALTER TABLE participation ADD COLUMN changed_by INTEGER REFERENCES account (id);
ALTER TABLE network_person ADD COLUMN changed_by INTEGER REFERENCES account (id);
