-- Version 7: the blood-pressure meter's irregular-heartbeat flag, kept with the visit for the
-- professional (a device note, never a diagnosis): when a flagged reading was first accepted,
-- NULL when no reading of the visit carried it.
ALTER TABLE visits ADD COLUMN irregular_heartbeat_ms INTEGER;
