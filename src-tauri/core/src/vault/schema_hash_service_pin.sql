-- StopNCII gives a case number and a PIN; neither can be recovered, and both
-- are needed to follow or withdraw the case. Kept here, in the encrypted case.
ALTER TABLE hash_service_cases ADD COLUMN pin TEXT;
