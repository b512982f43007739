// What the exports read: whole tables in id order (sessions(): store_host.cpp), and the installation's pseudonym key.
#include "store/impl.hpp"

#include <random>

namespace gc::store {

using detail::read_rows;

namespace {

const auto kNoBind = [](sql::Statement&) {};

std::string random_hex(std::size_t bytes) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::random_device device;  // getrandom(2) on Linux
    std::string hex;
    hex.reserve(bytes * 2);
    for (std::size_t i = 0; i < bytes; ++i) {
        const auto byte = device() & 0xffU;
        hex += kHex[byte >> 4];
        hex += kHex[byte & 0xfU];
    }
    return hex;
}

}  // namespace

Result<std::vector<Participant>> Store::participants() {
    return read_rows<Participant>(m_impl->db,
        "SELECT " + std::string(detail::kParticipantColumns) + " FROM participants ORDER BY id",
        "reading participants", kNoBind, detail::read_participant);
}

Result<std::vector<Visit>> Store::visits() {
    return read_rows<Visit>(m_impl->db, "SELECT id, session_id, participant_id, started_ms FROM visits ORDER BY id",
        "reading visits", kNoBind, detail::read_visit);
}

Result<std::vector<std::string>> Store::questionnaires_of(VisitId visit) {
    return read_rows<std::string>(m_impl->db,
        "SELECT DISTINCT questionnaire FROM answers WHERE visit_id = ? ORDER BY questionnaire",
        "reading questionnaires", [&](sql::Statement& s) { s.bind(1, visit.value); },
        [](const sql::Statement& s) { return s.text(0); });
}

Result<std::string> Store::pseudonym_key() {
    auto& db = m_impl->db;
    auto tx = sql::Transaction::begin(db);
    if (!tx) return tx.error();
    auto existing = db.scalar("SELECT value FROM installation_settings WHERE key = 'pseudonym_key'");
    if (!existing) return existing.error();
    if (existing.value()) return *existing.value();
    const auto key = random_hex(32);
    auto insert = db.prepare("INSERT INTO installation_settings (key, value) VALUES ('pseudonym_key', ?)");
    if (!insert) return insert.error();
    insert.value().bind(1, key);
    if (auto status = insert.value().run("making the pseudonym key"); !status) return status.error();
    if (auto status = tx.value().commit(); !status) return status.error();
    return key;
}

}  // namespace gc::store
