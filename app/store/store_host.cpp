// Host mode (schema 4): sessions list, arrivals, corrections with history, duplicate merges,
// language switches, urgent alerts and their acknowledgement, the session board's query.
// Every write is one transaction together with its audit entry.
#include "store/impl.hpp"

#include <cmath>

namespace gc::store {
namespace {

using detail::from_ms;
using detail::invalid;
using detail::not_found;
using detail::read_rows;
using detail::to_ms;

// The participant's visit of a session (the first, if several).
Result<std::optional<VisitId>> visit_of(sql::Connection& db, SessionId session, ParticipantId participant) {
    auto rows = read_rows<VisitId>(db, "SELECT id FROM visits WHERE session_id = ? AND participant_id = ? ORDER BY id LIMIT 1",
        "finding a visit", [&](sql::Statement& s) { s.bind(1, session.value).bind(2, participant.value); },
        [](const sql::Statement& s) { return VisitId{s.int64(0)}; });
    if (!rows) return rows.error();
    if (rows.value().empty()) return std::optional<VisitId>{};
    return std::optional<VisitId>{rows.value().front()};
}

Status exec_bound(sql::Connection& db, std::string_view sql, std::string_view during, std::int64_t a, std::int64_t b) {
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    stmt.value().bind(1, a).bind(2, b);
    return stmt.value().run(during);
}

}  // namespace

Result<std::vector<Session>> Store::sessions() {
    return read_rows<Session>(m_impl->db,
        "SELECT id, date, place, group_type, host, follow_up_of FROM sessions ORDER BY date DESC, id DESC",
        "listing sessions", [](sql::Statement&) {}, detail::read_session);
}

Result<std::optional<VisitId>> Store::visit_in_session(SessionId session, ParticipantId participant) {
    return visit_of(m_impl->db, session, participant);
}

Result<SessionVisit> Store::register_arrival(SessionId session, const ParticipantInfo& info, std::string_view actor,
                                             WallTime at) {
    SessionVisit arrival;
    auto done = in_one_transaction([&]() -> Status {
        auto participant = register_participant(info);
        if (!participant) return participant.error();
        auto visit = create_visit(session, participant.value().id, at);
        if (!visit) return visit.error();
        arrival.participant = participant.value();
        arrival.visit = Visit{visit.value(), session, participant.value().id, at};
        return audit({std::string(actor), AuditAction::Created, "participant", participant.value().id.value, at});
    });
    if (!done) return done.error();
    return arrival;
}

Result<VisitId> Store::arrive(SessionId session, ParticipantId participant, std::optional<SessionId> earlier_session,
                              std::string_view actor, WallTime at) {
    VisitId visit;
    auto done = in_one_transaction([&]() -> Status {
        auto existing = visit_of(m_impl->db, session, participant);
        if (!existing) return existing.error();
        if (existing.value()) {
            visit = *existing.value();
        } else {
            auto made = create_visit(session, participant, at);
            if (!made) return made.error();
            visit = made.value();
            if (auto s = audit({std::string(actor), AuditAction::Created, "visit", visit.value, at}); !s) return s;
        }
        if (!earlier_session) return Done{};
        auto earlier = visit_of(m_impl->db, *earlier_session, participant);
        if (!earlier) return earlier.error();
        if (!earlier.value()) return Done{};  // new in this group: nothing to compare with
        return exec_bound(m_impl->db, "UPDATE visits SET earlier_visit_id = ? WHERE id = ?", "linking a follow-up visit",
                          earlier.value()->value, visit.value);
    });
    if (!done) return done.error();
    return visit;
}

Result<MeasurementId> Store::correct_measurement(VisitId visit, Measure measure, double new_value,
                                                 std::string_view reason, std::string_view actor, WallTime at) {
    if (!std::isfinite(new_value)) return invalid("corrected value is not a number");
    if (actor.empty()) return invalid("correction without who made it");
    MeasurementId made;
    auto done = in_one_transaction([&]() -> Status {
        auto before = read_rows<StoredMeasurement>(m_impl->db,
            "SELECT id, value FROM measurements WHERE visit_id = ? AND measure = ? ORDER BY id DESC LIMIT 1",
            "reading the value to correct", [&](sql::Statement& s) { s.bind(1, visit.value).bind(2, measure_name(measure)); },
            [](const sql::Statement& s) {
                StoredMeasurement m;
                m.id.value = s.int64(0);
                m.record.value = s.real(1);
                return m;
            });
        if (!before) return before.error();
        MeasurementRecord record;
        record.measure = measure;
        record.value = new_value;
        record.source = ManualSource{std::string(actor)};
        record.kiosk_time = at;
        auto stored = record_measurement(visit, record);
        if (!stored) return stored.error();
        made = stored.value();
        auto stmt = m_impl->db.prepare(
            "INSERT INTO corrections (visit_id, measure, old_value, new_value, old_measurement_id, new_measurement_id, "
            "reason, corrected_by, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!stmt) return stmt.error();
        auto& s = stmt.value();
        s.bind(1, visit.value).bind(2, measure_name(measure));
        if (before.value().empty()) {
            s.bind_null(3).bind_null(5);
        } else {
            s.bind(3, before.value().front().record.value).bind(5, before.value().front().id.value);
        }
        s.bind(4, new_value).bind(6, made.value).bind(7, reason).bind(8, actor).bind(9, to_ms(at));
        if (auto r = s.run("recording a correction"); !r) return r;
        return audit({std::string(actor), AuditAction::Corrected, "visit", visit.value, at});
    });
    if (!done) return done.error();
    return made;
}

Result<std::vector<Correction>> Store::corrections_of(VisitId visit) {
    return read_rows<Correction>(m_impl->db,
        "SELECT visit_id, measure, old_value, new_value, old_measurement_id, new_measurement_id, reason, corrected_by, "
        "at_ms FROM corrections WHERE visit_id = ? ORDER BY id",
        "reading corrections", [&](sql::Statement& s) { s.bind(1, visit.value); },
        [](const sql::Statement& s) {
            Correction c;
            c.visit.value = s.int64(0);
            c.measure = measure_from_name(s.text(1)).value_or(Measure::Systolic);
            if (!s.is_null(2)) c.old_value = s.real(2);
            c.new_value = s.real(3);
            if (auto old = s.optional_int64(4)) c.old_measurement = MeasurementId{*old};
            c.new_measurement.value = s.int64(5);
            c.reason = s.text(6);
            c.corrected_by = s.text(7);
            c.at = from_ms(s.int64(8));
            return c;
        });
}

Status Store::merge_participants(ParticipantId duplicate, ParticipantId keep, std::string_view actor, WallTime at) {
    if (duplicate == keep) return invalid("a participant cannot be merged with itself");
    auto& db = m_impl->db;
    return in_one_transaction([&]() -> Status {
        auto removed = read_rows<std::string>(db, "SELECT card_code FROM participants WHERE id IN (?, ?) ORDER BY id = ?",
            "finding the participants to merge",
            [&](sql::Statement& s) { s.bind(1, duplicate.value).bind(2, keep.value).bind(3, keep.value); },
            [](const sql::Statement& s) { return s.text(0); });
        if (!removed) return removed.error();
        if (removed.value().size() != 2) return not_found("no participant with that id");
        auto visits = visits_of(duplicate);
        if (!visits) return visits.error();
        for (const auto& v : visits.value()) {
            auto kept = visit_of(db, v.session, keep);
            if (!kept) return kept.error();
            if (!kept.value()) {  // the kept participant was not in that session: the visit moves
                if (auto s = exec_bound(db, "UPDATE visits SET participant_id = ? WHERE id = ?", "moving a visit",
                                        keep.value, v.id.value); !s) return s;
                continue;
            }
            // Both came to the same session: one visit with everything of both.
            for (const char* table : {"measurements", "goals", "referrals", "follow_ups", "printed_sheets",
                                      "corrections", "alerts"}) {
                const std::string sql = std::string("UPDATE ") + table + " SET visit_id = ? WHERE visit_id = ?";
                if (auto s = exec_bound(db, sql, "merging visits", kept.value()->value, v.id.value); !s) return s;
            }
            for (const char* sql : {"INSERT OR IGNORE INTO answers (visit_id, questionnaire, question_id, value) "
                                    "SELECT ?, questionnaire, question_id, value FROM answers WHERE visit_id = ?",
                                    "INSERT OR IGNORE INTO consents (visit_id, share_with_gp, municipality_anonymous, "
                                    "research, confirmed_by, confirmed_ms) SELECT ?, share_with_gp, "
                                    "municipality_anonymous, research, confirmed_by, confirmed_ms FROM consents WHERE visit_id = ?",
                                    "UPDATE visits SET earlier_visit_id = ? WHERE earlier_visit_id = ?"}) {
                if (auto s = exec_bound(db, sql, "merging visits", kept.value()->value, v.id.value); !s) return s;
            }
            if (auto s = exec_bound(db, "UPDATE visits SET irregular_heartbeat_ms = COALESCE(irregular_heartbeat_ms, "
                                        "(SELECT irregular_heartbeat_ms FROM visits WHERE id = ?)) WHERE id = ?",
                                    "merging visits", v.id.value, kept.value()->value); !s) return s;
            if (auto s = exec_bound(db, "DELETE FROM visits WHERE id = ? AND participant_id = ?", "merging visits",
                                    v.id.value, duplicate.value); !s) return s;
        }
        auto note = db.prepare("INSERT INTO merges (kept_participant_id, removed_card_code, merged_by, at_ms) VALUES (?, ?, ?, ?)");
        if (!note) return note.error();
        note.value().bind(1, keep.value).bind(2, removed.value().front()).bind(3, actor).bind(4, to_ms(at));
        if (auto s = note.value().run("recording a merge"); !s) return s;
        auto drop = db.prepare("DELETE FROM participants WHERE id = ?");
        if (!drop) return drop.error();
        drop.value().bind(1, duplicate.value);
        if (auto s = drop.value().run("removing the duplicate"); !s) return s;
        return audit({std::string(actor), AuditAction::Merged, "participant", keep.value, at});
    });
}

Status Store::set_participant_language(ParticipantId participant, std::string_view language, std::string_view actor,
                                       WallTime at) {
    if (language.empty()) return invalid("participant language is empty");
    return in_one_transaction([&]() -> Status {
        auto stmt = m_impl->db.prepare("UPDATE participants SET language = ? WHERE id = ?");
        if (!stmt) return stmt.error();
        stmt.value().bind(1, language).bind(2, participant.value);
        if (auto s = stmt.value().run("switching the language"); !s) return s;
        if (m_impl->db.changes() == 0) return not_found("no participant with that id");
        return audit({std::string(actor), AuditAction::Updated, "participant", participant.value, at});
    });
}

Result<AlertId> Store::raise_alert(VisitId visit, std::string_view light_key, std::string_view display, WallTime at) {
    if (light_key.empty()) return invalid("alert without a light");
    auto id = detail::write_one(m_impl->db, "INSERT INTO alerts (visit_id, light_key, display, raised_ms) VALUES (?, ?, ?, ?)",
        "raising an alert", [&](sql::Statement& s) {
            s.bind(1, visit.value).bind(2, light_key).bind(3, display).bind(4, to_ms(at));
        });
    if (!id) return id.error();
    return AlertId{id.value()};
}

Status Store::acknowledge_alert(AlertId alert, std::string_view actor, WallTime at) {
    if (actor.empty()) return invalid("acknowledgement without who gave it");
    return in_one_transaction([&]() -> Status {
        auto stmt = m_impl->db.prepare(
            "UPDATE alerts SET acknowledged_by = ?, acknowledged_ms = ? WHERE id = ? AND acknowledged_ms IS NULL");
        if (!stmt) return stmt.error();
        stmt.value().bind(1, actor).bind(2, to_ms(at)).bind(3, alert.value);
        if (auto s = stmt.value().run("acknowledging an alert"); !s) return s;
        if (m_impl->db.changes() == 0) return not_found("no open alert with that id");
        return audit({std::string(actor), AuditAction::Acknowledged, "alert", alert.value, at});
    });
}

Result<std::vector<Alert>> Store::alerts_of_session(SessionId session) {
    return read_rows<Alert>(m_impl->db,
        "SELECT a.id, a.visit_id, a.light_key, a.display, a.raised_ms, a.acknowledged_by, a.acknowledged_ms "
        "FROM alerts a JOIN visits v ON v.id = a.visit_id WHERE v.session_id = ? ORDER BY a.id",
        "reading alerts", [&](sql::Statement& s) { s.bind(1, session.value); },
        [](const sql::Statement& s) {
            Alert a{AlertId{s.int64(0)}, VisitId{s.int64(1)}, s.text(2), s.text(3), from_ms(s.int64(4)), s.optional_text(5), {}};
            if (auto t = s.optional_int64(6)) a.acknowledged_at = from_ms(*t);
            return a;
        });
}

Result<std::vector<SessionVisit>> Store::session_visits(SessionId session) {
    // Participant columns first (read_participant), then the visit's.
    std::string sql = "SELECT ";
    for (const char* column : {"id", "card_code", "name", "birth_year", "sex", "origin", "language", "gp_practice"}) {
        sql += std::string("p.") + column + ", ";
    }
    sql += "v.id, v.started_ms, v.earlier_visit_id, v.irregular_heartbeat_ms FROM visits v "
           "JOIN participants p ON p.id = v.participant_id "
           "WHERE v.session_id = ? ORDER BY v.id";
    auto rows = read_rows<SessionVisit>(m_impl->db, sql, "reading the session board",
        [&](sql::Statement& s) { s.bind(1, session.value); },
        [&](const sql::Statement& s) {
            SessionVisit sv;
            sv.participant = detail::read_participant(s);
            sv.visit = Visit{VisitId{s.int64(8)}, session, sv.participant.id, from_ms(s.int64(9))};
            if (auto earlier = s.optional_int64(10)) sv.earlier_visit = VisitId{*earlier};
            if (auto flagged = s.optional_int64(11)) sv.irregular_heartbeat = from_ms(*flagged);
            return sv;
        });
    if (!rows) return rows.error();
    for (auto& sv : rows.value()) {
        auto measured = measurements_of(sv.visit.id);
        if (!measured) return measured.error();
        sv.measurements = std::move(measured.value());
        auto answered = answers_of(sv.visit.id, "circuit");
        if (!answered) return answered.error();
        sv.answers = std::move(answered.value());
        auto referred = referrals_of(sv.visit.id);
        if (!referred) return referred.error();
        sv.referrals = std::move(referred.value());
        auto planned = follow_ups_of(sv.visit.id);
        if (!planned) return planned.error();
        sv.follow_ups = std::move(planned.value());
    }
    return rows;
}

Status Store::log_rest_skipped(VisitId visit, std::string_view actor, WallTime at) {
    if (actor.empty()) return invalid("skipping the rest without who did it");
    return in_one_transaction([&]() -> Status {
        if (auto found = find_visit(visit); !found) return found.error();
        return audit({std::string(actor), AuditAction::SkippedRest, "visit", visit.value, at});
    });
}

}  // namespace gc::store
