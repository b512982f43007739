-- Version 5: the warm handover (who will call, may they call, on which number) and the
-- experience questions at the end of a visit, kept per session (never per person).
ALTER TABLE referrals ADD COLUMN who_calls TEXT NOT NULL DEFAULT '';
ALTER TABLE referrals ADD COLUMN consent_to_call INTEGER NOT NULL DEFAULT 0;
ALTER TABLE referrals ADD COLUMN phone TEXT NOT NULL DEFAULT '';
CREATE TABLE experience_answers (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    value TEXT NOT NULL
);
CREATE INDEX experience_answers_session ON experience_answers(session_id);
