-- Version 2: what is agreed and handed over in a visit.
CREATE TABLE answers (
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    questionnaire TEXT NOT NULL,
    question_id TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (visit_id, questionnaire, question_id)
);
CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    at_ms INTEGER NOT NULL
);
CREATE TABLE referrals (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    offer TEXT NOT NULL,
    note TEXT NOT NULL,
    at_ms INTEGER NOT NULL
);
CREATE TABLE follow_ups (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    due_date TEXT NOT NULL,
    done_ms INTEGER
);
CREATE TABLE printed_sheets (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    ruleset TEXT NOT NULL,
    printed_by TEXT NOT NULL,
    at_ms INTEGER NOT NULL
);
