-- Lotsen schema version 7: the postal town ("Ort", "Postort") beside the postal code. Lists from the municipality
-- carry it, and it is part of an address on a letter; the municipality is not always the same place.
ALTER TABLE youth ADD COLUMN postal_town TEXT;
