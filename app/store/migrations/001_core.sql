-- Version 1: sessions, participants, visits, consents, measurements, audit log.
-- SQLite 3.15 SQL only (SQLCipher 3.4.1): no UPSERT, RETURNING, window functions or JSON1.
-- Times are milliseconds since the Unix epoch (UTC); dates are 'YYYY-MM-DD'.
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    place TEXT NOT NULL,
    group_type TEXT NOT NULL CHECK (group_type IN ('mixed', 'men', 'women')),
    host TEXT NOT NULL,
    follow_up_of INTEGER REFERENCES sessions(id)
);
CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    card_code TEXT NOT NULL UNIQUE,
    name TEXT,
    birth_year INTEGER,
    sex TEXT,
    origin TEXT,
    language TEXT NOT NULL,
    gp_practice TEXT
);
CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    started_ms INTEGER NOT NULL
);
CREATE TABLE consents (
    visit_id INTEGER PRIMARY KEY REFERENCES visits(id) ON DELETE CASCADE,
    share_with_gp INTEGER NOT NULL,
    municipality_anonymous INTEGER NOT NULL,
    research INTEGER NOT NULL,
    confirmed_by TEXT NOT NULL,
    confirmed_ms INTEGER NOT NULL
);
CREATE TABLE measurements (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    measure TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('device', 'manual')),
    device_model TEXT,
    device_serial TEXT,
    raw_frame BLOB,
    device_time_ms INTEGER,
    entered_by TEXT,
    kiosk_time_ms INTEGER NOT NULL
);
-- Who viewed, printed, exported or erased what, when (NEN 7513). Ids only, no personal data.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at_ms INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    object_kind TEXT NOT NULL,
    object_id INTEGER NOT NULL
);
