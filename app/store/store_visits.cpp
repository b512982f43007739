// Sessions, participants, visits and what is recorded in them. Each call is one transaction.
#include "core/card_code.hpp"
#include "store/impl.hpp"

#include <cmath>
#include <random>
#include <utility>

namespace gc::store {
namespace {

using detail::from_ms;
using detail::to_ms;

using detail::invalid;
using detail::not_found;
using detail::read_rows;
using detail::write_one;
using detail::write_status;

Status check_participant(const ParticipantInfo& info) {
    if (info.language.empty()) return invalid("participant language is empty");
    if (info.birth_year && (*info.birth_year < 1900 || *info.birth_year > 2100)) {
        return invalid("birth year out of range");
    }
    return Done{};
}

void bind_participant_info(sql::Statement& s, const ParticipantInfo& info, int first) {
    s.bind(first, info.name);
    s.bind(first + 1, info.birth_year);
    if (info.sex) s.bind(first + 2, sex_name(*info.sex)); else s.bind_null(first + 2);
    if (info.origin) s.bind(first + 3, origin_name(*info.origin)); else s.bind_null(first + 3);
    s.bind(first + 4, info.language);
    s.bind(first + 5, info.gp_practice);
}

Status check_measurement(const MeasurementRecord& m) {
    if (!std::isfinite(m.value)) return invalid("measurement value is not a number");
    if (const auto* device = std::get_if<DeviceSource>(&m.source); device && device->model.empty()) {
        return invalid("device source without a model");
    }
    if (const auto* manual = std::get_if<ManualSource>(&m.source); manual && manual->entered_by.empty()) {
        return invalid("manual entry without who entered it");
    }
    return Done{};
}

}  // namespace

namespace detail {

Participant read_participant(const sql::Statement& s) {
    Participant p;
    p.id.value = s.int64(0);
    p.card_code = s.text(1);
    p.info.name = s.optional_text(2);
    if (auto year = s.optional_int64(3)) p.info.birth_year = static_cast<int>(*year);
    if (auto sex = s.optional_text(4)) p.info.sex = sex_from_name(*sex);
    if (auto origin = s.optional_text(5)) p.info.origin = origin_from_name(*origin);
    p.info.language = s.text(6);
    p.info.gp_practice = s.optional_text(7);
    return p;
}

Visit read_visit(const sql::Statement& s) {
    return Visit{VisitId{s.int64(0)}, SessionId{s.int64(1)}, ParticipantId{s.int64(2)}, from_ms(s.int64(3))};
}

}  // namespace detail

using detail::kParticipantColumns;
using detail::read_visit;
using detail::read_participant;

Session detail::read_session(const sql::Statement& s) {
    Session session;
    session.id.value = s.int64(0);
    session.info.date = s.text(1);
    session.info.place = s.text(2);
    session.info.group_type = group_type_from_name(s.text(3)).value_or(GroupType::Mixed);
    session.info.host = s.text(4);
    if (auto earlier = s.optional_int64(5)) session.info.follow_up_of = SessionId{*earlier};
    return session;
}

// --- sessions ----------------------------------------------------------------------------

Result<SessionId> Store::start_session(const SessionInfo& info) {
    if (info.date.size() != 10) return invalid("session date is not YYYY-MM-DD");
    auto id = write_one(m_impl->db,
        "INSERT INTO sessions (date, place, group_type, host, follow_up_of) VALUES (?, ?, ?, ?, ?)",
        "starting a session", [&](sql::Statement& s) {
            s.bind(1, info.date).bind(2, info.place).bind(3, group_type_name(info.group_type)).bind(4, info.host);
            if (info.follow_up_of) s.bind(5, info.follow_up_of->value); else s.bind_null(5);
        });
    if (!id) return id.error();
    return SessionId{id.value()};
}

Result<Session> Store::find_session(std::string_view date) {
    auto rows = read_rows<Session>(m_impl->db,
        "SELECT id, date, place, group_type, host, follow_up_of FROM sessions WHERE date = ? "
        "ORDER BY id DESC LIMIT 1",
        "finding a session", [&](sql::Statement& s) { s.bind(1, date); }, detail::read_session);
    if (!rows) return rows.error();
    if (rows.value().empty()) return not_found("no session on that date");
    return rows.value().front();
}

Result<Session> Store::find_session(SessionId session) {
    auto rows = read_rows<Session>(m_impl->db,
        "SELECT id, date, place, group_type, host, follow_up_of FROM sessions WHERE id = ?", "reading a session",
        [&](sql::Statement& s) { s.bind(1, session.value); }, detail::read_session);
    if (!rows) return rows.error();
    if (rows.value().empty()) return not_found("no session with that id");
    return rows.value().front();
}

// --- participants ------------------------------------------------------------------------

Result<Participant> Store::register_participant(const ParticipantInfo& info) {
    std::random_device device;
    const auto random_bits = [&device] {
        return (std::uint64_t{device()} << 32) ^ std::uint64_t{device()};
    };
    // 40 random bits: a clash is rare, but it is handled rather than assumed away.
    for (int attempt = 0; attempt < 8; ++attempt) {
        auto registered = register_participant(generate_card_code(random_bits), info);
        if (registered || registered.error().kind != ErrorKind::AlreadyExists) return registered;
    }
    return StoreError{ErrorKind::Internal, "no unused card code found after 8 attempts"};
}

Result<Participant> Store::register_participant(std::string_view card_code, const ParticipantInfo& info) {
    auto code = normalise_card_code(card_code);
    if (!code) return invalid("not a valid card code");
    if (auto ok = check_participant(info); !ok) return ok.error();
    auto id = write_one(m_impl->db,
        "INSERT INTO participants (card_code, name, birth_year, sex, origin, language, gp_practice) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        "registering a participant", [&](sql::Statement& s) {
            s.bind(1, *code);
            bind_participant_info(s, info, 2);
        });
    if (!id) return id.error();
    return Participant{ParticipantId{id.value()}, *code, info};
}

Result<Participant> Store::find_participant(std::string_view card_code) {
    auto code = normalise_card_code(card_code);
    if (!code) return invalid("not a valid card code");
    auto rows = read_rows<Participant>(m_impl->db,
        "SELECT " + std::string(kParticipantColumns) + " FROM participants WHERE card_code = ?",
        "finding a participant", [&](sql::Statement& s) { s.bind(1, *code); }, read_participant);
    if (!rows) return rows.error();
    if (rows.value().empty()) return not_found("no participant with that card code");
    return rows.value().front();
}

Result<Participant> Store::find_participant(ParticipantId participant) {
    auto rows = read_rows<Participant>(m_impl->db,
        "SELECT " + std::string(kParticipantColumns) + " FROM participants WHERE id = ?",
        "finding a participant", [&](sql::Statement& s) { s.bind(1, participant.value); }, read_participant);
    if (!rows) return rows.error();
    if (rows.value().empty()) return not_found("no participant with that id");
    return rows.value().front();
}

Status Store::update_participant(ParticipantId id, const ParticipantInfo& info) {
    if (auto ok = check_participant(info); !ok) return ok;
    auto tx = sql::Transaction::begin(m_impl->db);
    if (!tx) return tx.error();
    auto stmt = m_impl->db.prepare(
        "UPDATE participants SET name = ?, birth_year = ?, sex = ?, origin = ?, language = ?, "
        "gp_practice = ? WHERE id = ?");
    if (!stmt) return stmt.error();
    bind_participant_info(stmt.value(), info, 1);
    stmt.value().bind(7, id.value);
    if (auto status = stmt.value().run("updating a participant"); !status) return status;
    if (m_impl->db.changes() == 0) return not_found("no participant with that id");
    return tx.value().commit();
}

// --- visits ------------------------------------------------------------------------------

Result<VisitId> Store::create_visit(SessionId session, ParticipantId participant, WallTime at) {
    auto id = write_one(m_impl->db,
        "INSERT INTO visits (session_id, participant_id, started_ms) VALUES (?, ?, ?)",
        "creating a visit", [&](sql::Statement& s) {
            s.bind(1, session.value).bind(2, participant.value).bind(3, to_ms(at));
        });
    if (!id) return id.error();
    return VisitId{id.value()};
}

Result<std::vector<Visit>> Store::visits_of(ParticipantId participant) {
    return read_rows<Visit>(m_impl->db,
        "SELECT id, session_id, participant_id, started_ms FROM visits WHERE participant_id = ? ORDER BY id",
        "reading visits", [&](sql::Statement& s) { s.bind(1, participant.value); }, read_visit);
}

Result<Visit> Store::find_visit(VisitId visit) {
    auto rows = read_rows<Visit>(m_impl->db,
        "SELECT id, session_id, participant_id, started_ms FROM visits WHERE id = ?",
        "reading a visit", [&](sql::Statement& s) { s.bind(1, visit.value); }, read_visit);
    if (!rows) return rows.error();
    if (rows.value().empty()) return not_found("no visit with that id");
    return rows.value().front();
}

Status Store::record_consents(VisitId visit, const Consents& c) {
    if (c.confirmed_by.empty()) return invalid("consents without who confirmed them");
    return write_status(m_impl->db,
        "INSERT OR REPLACE INTO consents (visit_id, share_with_gp, municipality_anonymous, research, "
        "confirmed_by, confirmed_ms) VALUES (?, ?, ?, ?, ?, ?)",
        "recording consents", [&](sql::Statement& s) {
            s.bind(1, visit.value).bind(2, c.share_with_gp ? 1 : 0).bind(3, c.municipality_anonymous ? 1 : 0);
            s.bind(4, c.research ? 1 : 0).bind(5, c.confirmed_by).bind(6, to_ms(c.confirmed_at));
        });
}

Result<std::optional<Consents>> Store::consents_of(VisitId visit) {
    auto rows = read_rows<Consents>(m_impl->db,
        "SELECT share_with_gp, municipality_anonymous, research, confirmed_by, confirmed_ms "
        "FROM consents WHERE visit_id = ?",
        "reading consents", [&](sql::Statement& s) { s.bind(1, visit.value); },
        [](const sql::Statement& s) {
            return Consents{s.int64(0) != 0, s.int64(1) != 0, s.int64(2) != 0, s.text(3), from_ms(s.int64(4))};
        });
    if (!rows) return rows.error();
    if (rows.value().empty()) return std::optional<Consents>{};
    return std::optional<Consents>{rows.value().front()};
}

Result<MeasurementId> Store::record_measurement(VisitId visit, const MeasurementRecord& m) {
    if (auto ok = check_measurement(m); !ok) return ok.error();
    auto id = write_one(m_impl->db,
        "INSERT INTO measurements (visit_id, measure, value, unit, source, device_model, device_serial, "
        "raw_frame, device_time_ms, entered_by, kiosk_time_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        "recording a measurement", [&](sql::Statement& s) {
            s.bind(1, visit.value).bind(2, measure_name(m.measure)).bind(3, m.value);
            s.bind(4, m.unit.empty() ? measure_unit(m.measure) : std::string_view(m.unit));
            if (const auto* device = std::get_if<DeviceSource>(&m.source)) {
                s.bind(5, "device").bind(6, device->model).bind(7, device->serial).bind(8, device->raw_frame);
                if (device->device_time) s.bind(9, to_ms(*device->device_time)); else s.bind_null(9);
                s.bind_null(10);
            } else {
                s.bind(5, "manual").bind_null(6).bind_null(7).bind_null(8).bind_null(9);
                s.bind(10, std::get<ManualSource>(m.source).entered_by);
            }
            s.bind(11, to_ms(m.kiosk_time));
        });
    if (!id) return id.error();
    return MeasurementId{id.value()};
}

Result<std::vector<StoredMeasurement>> Store::measurements_of(VisitId visit) {
    return read_rows<StoredMeasurement>(m_impl->db,
        "SELECT id, visit_id, measure, value, unit, source, device_model, device_serial, raw_frame, "
        "device_time_ms, entered_by, kiosk_time_ms FROM measurements WHERE visit_id = ? ORDER BY id",
        "reading measurements", [&](sql::Statement& s) { s.bind(1, visit.value); },
        [](const sql::Statement& s) {
            StoredMeasurement stored;
            stored.id.value = s.int64(0);
            stored.visit.value = s.int64(1);
            auto& m = stored.record;
            m.measure = measure_from_name(s.text(2)).value_or(Measure::Systolic);
            m.value = s.real(3);
            m.unit = s.text(4);
            if (s.text(5) == "device") {
                DeviceSource device{s.text(6), s.text(7), s.blob(8), std::nullopt};
                if (auto t = s.optional_int64(9)) device.device_time = from_ms(*t);
                m.source = std::move(device);
            } else {
                m.source = ManualSource{s.text(10)};
            }
            m.kiosk_time = from_ms(s.int64(11));
            return stored;
        });
}

Status Store::record_answers(VisitId visit, std::string_view questionnaire, const std::vector<Answer>& answers) {
    if (questionnaire.empty()) return invalid("answers without a questionnaire id");
    auto& db = m_impl->db;
    auto tx = sql::Transaction::begin(db);
    if (!tx) return tx.error();
    auto clear = db.prepare("DELETE FROM answers WHERE visit_id = ? AND questionnaire = ?");
    if (!clear) return clear.error();
    clear.value().bind(1, visit.value).bind(2, questionnaire);
    if (auto status = clear.value().run("replacing answers"); !status) return status;
    auto insert = db.prepare("INSERT INTO answers (visit_id, questionnaire, question_id, value) VALUES (?, ?, ?, ?)");
    if (!insert) return insert.error();
    for (const auto& answer : answers) {
        insert.value().reset();
        insert.value().bind(1, visit.value).bind(2, questionnaire).bind(3, answer.question_id).bind(4, answer.value);
        if (auto status = insert.value().run("recording answers"); !status) return status;
    }
    return tx.value().commit();
}

Result<std::vector<Answer>> Store::answers_of(VisitId visit, std::string_view questionnaire) {
    return read_rows<Answer>(m_impl->db,
        "SELECT question_id, value FROM answers WHERE visit_id = ? AND questionnaire = ? ORDER BY rowid",
        "reading answers", [&](sql::Statement& s) { s.bind(1, visit.value).bind(2, questionnaire); },
        [](const sql::Statement& s) { return Answer{s.text(0), s.text(1)}; });
}

Status Store::record_goal(VisitId visit, std::string_view goal, WallTime at) {
    return write_status(m_impl->db, "INSERT INTO goals (visit_id, text, at_ms) VALUES (?, ?, ?)",
        "recording a goal", [&](sql::Statement& s) { s.bind(1, visit.value).bind(2, goal).bind(3, to_ms(at)); });
}

Result<std::vector<Goal>> Store::goals_of(VisitId visit) {
    return read_rows<Goal>(m_impl->db, "SELECT text, at_ms FROM goals WHERE visit_id = ? ORDER BY id",
        "reading goals", [&](sql::Statement& s) { s.bind(1, visit.value); },
        [](const sql::Statement& s) { return Goal{s.text(0), from_ms(s.int64(1))}; });
}

Status Store::record_referral(VisitId visit, const Referral& r) {
    if (r.offer.empty()) return invalid("referral without an offer");
    if (r.consent_to_call && r.phone.empty()) return invalid("consent to call without a phone number");
    const std::string phone = r.consent_to_call ? r.phone : std::string();
    return write_status(m_impl->db,
        "INSERT INTO referrals (visit_id, offer, note, at_ms, who_calls, consent_to_call, phone) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        "recording a referral", [&](sql::Statement& s) {
            s.bind(1, visit.value).bind(2, r.offer).bind(3, r.note).bind(4, to_ms(r.at));
            s.bind(5, r.who_calls).bind(6, r.consent_to_call ? 1 : 0).bind(7, phone);
        });
}

Result<std::vector<Referral>> Store::referrals_of(VisitId visit) {
    return read_rows<Referral>(m_impl->db,
        "SELECT offer, note, at_ms, who_calls, consent_to_call, phone FROM referrals WHERE visit_id = ? ORDER BY id",
        "reading referrals", [&](sql::Statement& s) { s.bind(1, visit.value); },
        [](const sql::Statement& s) {
            return Referral{s.text(0), s.text(1), from_ms(s.int64(2)), s.text(3), s.int64(4) != 0, s.text(5)};
        });
}

Status Store::record_experience(SessionId session, const std::vector<ExperienceAnswer>& answers) {
    if (answers.empty()) return invalid("no experience answers");
    return in_one_transaction([&]() -> Status {
        for (const auto& a : answers) {
            if (a.question_id.empty() || a.value.empty()) return invalid("experience answer without question or value");
            auto s = write_status(m_impl->db,
                "INSERT INTO experience_answers (session_id, question_id, value) VALUES (?, ?, ?)",
                "recording experience answers",
                [&](sql::Statement& st) { st.bind(1, session.value).bind(2, a.question_id).bind(3, a.value); });
            if (!s) return s;
        }
        return Done{};
    });
}

Result<std::vector<ExperienceCount>> Store::experience_counts(SessionId session) {
    return read_rows<ExperienceCount>(m_impl->db,
        "SELECT question_id, value, COUNT(*) FROM experience_answers WHERE session_id = ? "
        "GROUP BY question_id, value ORDER BY question_id, value",
        "reading experience answers", [&](sql::Statement& s) { s.bind(1, session.value); },
        [](const sql::Statement& s) { return ExperienceCount{s.text(0), s.text(1), s.int64(2)}; });
}

Status Store::schedule_follow_up(VisitId visit, const FollowUp& f) {
    if (f.kind.empty() || f.due_date.size() != 10) return invalid("follow-up needs a kind and a YYYY-MM-DD date");
    return write_status(m_impl->db, "INSERT INTO follow_ups (visit_id, kind, due_date) VALUES (?, ?, ?)",
        "scheduling a follow-up", [&](sql::Statement& s) { s.bind(1, visit.value).bind(2, f.kind).bind(3, f.due_date); });
}

Result<std::vector<FollowUp>> Store::follow_ups_of(VisitId visit) {
    return read_rows<FollowUp>(m_impl->db,
        "SELECT kind, due_date FROM follow_ups WHERE visit_id = ? ORDER BY due_date, id", "reading follow-ups",
        [&](sql::Statement& s) { s.bind(1, visit.value); },
        [](const sql::Statement& s) { return FollowUp{s.text(0), s.text(1)}; });
}

Status Store::record_irregular_heartbeat(VisitId visit, WallTime at) {
    return in_one_transaction([&]() -> Status {
        auto stmt = m_impl->db.prepare(
            "UPDATE visits SET irregular_heartbeat_ms = COALESCE(irregular_heartbeat_ms, ?) WHERE id = ?");
        if (!stmt) return stmt.error();
        stmt.value().bind(1, to_ms(at)).bind(2, visit.value);
        if (auto s = stmt.value().run("recording an irregular heartbeat"); !s) return s;
        if (m_impl->db.changes() == 0) return not_found("no visit with that id");
        return Done{};
    });
}

Result<std::optional<WallTime>> Store::irregular_heartbeat_of(VisitId visit) {
    auto rows = read_rows<std::optional<WallTime>>(m_impl->db, "SELECT irregular_heartbeat_ms FROM visits WHERE id = ?",
        "reading the irregular-heartbeat note", [&](sql::Statement& s) { s.bind(1, visit.value); },
        [](const sql::Statement& s) -> std::optional<WallTime> {
            if (auto ms = s.optional_int64(0)) return from_ms(*ms);
            return std::nullopt;
        });
    if (!rows) return rows.error();
    if (rows.value().empty()) return not_found("no visit with that id");
    return rows.value().front();
}

Status Store::record_sheet_printed(VisitId visit, const PrintedSheet& sheet) {
    return write_status(m_impl->db,
        "INSERT INTO printed_sheets (visit_id, language, ruleset, printed_by, at_ms) VALUES (?, ?, ?, ?, ?)",
        "recording a printed sheet", [&](sql::Statement& s) {
            s.bind(1, visit.value).bind(2, sheet.language).bind(3, sheet.ruleset).bind(4, sheet.printed_by);
            s.bind(5, to_ms(sheet.at));
        });
}

}  // namespace gc::store
