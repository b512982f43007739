-- Version 4: host mode. A follow-up visit points at the visit it is compared with; corrections
-- keep the old value; urgent alerts stay until a professional acknowledges them; a merged
-- duplicate registration leaves a record of the card code it removed (a random code, not
-- personal data). Every host action also writes an audit_log row.
ALTER TABLE visits ADD COLUMN earlier_visit_id INTEGER REFERENCES visits(id) ON DELETE SET NULL;
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    measure TEXT NOT NULL,
    old_value REAL,
    new_value REAL NOT NULL,
    old_measurement_id INTEGER,
    new_measurement_id INTEGER NOT NULL,
    reason TEXT NOT NULL,
    corrected_by TEXT NOT NULL,
    at_ms INTEGER NOT NULL
);
CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    light_key TEXT NOT NULL,
    display TEXT NOT NULL,
    raised_ms INTEGER NOT NULL,
    acknowledged_by TEXT,
    acknowledged_ms INTEGER
);
CREATE TABLE merges (
    id INTEGER PRIMARY KEY,
    kept_participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    removed_card_code TEXT NOT NULL,
    merged_by TEXT NOT NULL,
    at_ms INTEGER NOT NULL
);
CREATE INDEX corrections_by_visit ON corrections(visit_id);
CREATE INDEX alerts_by_visit ON alerts(visit_id);
CREATE INDEX merges_by_participant ON merges(kept_participant_id);
