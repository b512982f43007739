-- Version 3: indexes for the lookups the kiosk does per participant (and for the cascades of
-- an erasure, which otherwise scan whole tables).
CREATE INDEX visits_by_participant ON visits(participant_id);
CREATE INDEX visits_by_session ON visits(session_id);
CREATE INDEX measurements_by_visit ON measurements(visit_id);
CREATE INDEX goals_by_visit ON goals(visit_id);
CREATE INDEX referrals_by_visit ON referrals(visit_id);
CREATE INDEX follow_ups_by_visit ON follow_ups(visit_id);
CREATE INDEX printed_sheets_by_visit ON printed_sheets(visit_id);
CREATE INDEX sessions_by_date ON sessions(date);
