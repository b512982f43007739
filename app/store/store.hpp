#pragma once
// The encrypted store (SQLCipher 3.4.1): the only way the kiosk and the CLI read or write data.
//
// Guarantees:
//  - A wrong passphrase never creates, overwrites or resets anything: open() fails with
//    ErrorKind::WrongPassphrase and the files are left byte-identical.
//  - Every write call is ONE transaction (WAL, synchronous=FULL): when it returns ok, the data
//    is on disk. When it returns an error, nothing of that call was written.
//  - Nothing throws across this API except std::bad_alloc; errors are Result/StoreError.
//  - One Store = one connection; use it from one thread (the UI thread). Move-only.
#include "store/records.hpp"
#include "store/store_error.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gc::store {

// SQLCipher PBKDF2 iterations. The count is part of the key: it must be the same on every open.
// 64000 is SQLCipher 3's default (~40 ms per unlock on the reference VM, see bench_store).
inline constexpr int kDefaultKdfIterations = 64000;

struct OpenOptions {
    // The unlock screen passes false (the database is made by `groepsconsult init` or the
    // first-run setup), so a passphrase typed for a wrong path never makes a new database.
    bool create_if_missing{true};
    int kdf_iterations{kDefaultKdfIterations};
};

class Store {
public:
    // Opens (or creates) the database and migrates its schema to the current version.
    static Result<Store> open(const std::filesystem::path& path, std::string_view passphrase,
                              const OpenOptions& options = {});
    // Schema version this build writes (PRAGMA user_version).
    static int schema_version();

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    const std::filesystem::path& path() const;

    // --- sessions -----------------------------------------------------------------------
    Result<SessionId> start_session(const SessionInfo& info);
    // The latest session with this date ("YYYY-MM-DD"), or NotFound.
    Result<Session> find_session(std::string_view date);
    Result<Session> find_session(SessionId session);  // NotFound if there is none

    // --- participants -------------------------------------------------------------------
    // Registers a participant with a fresh random card code (unique in this database).
    Result<Participant> register_participant(const ParticipantInfo& info);
    // Registers with a card code the caller already printed (validated, normalised).
    Result<Participant> register_participant(std::string_view card_code, const ParticipantInfo& info);
    // Accepts any spelling the card-code normaliser accepts ("abc-def-ghj", with O/I/L).
    Result<Participant> find_participant(std::string_view card_code);
    Status update_participant(ParticipantId id, const ParticipantInfo& info);

    // --- visits and what happens in them ------------------------------------------------
    Result<VisitId> create_visit(SessionId session, ParticipantId participant, WallTime at);
    Result<std::vector<Visit>> visits_of(ParticipantId participant);
    Result<Visit> find_visit(VisitId visit);                       // NotFound if there is none
    Result<Participant> find_participant(ParticipantId participant);  // NotFound if there is none
    Status record_consents(VisitId visit, const Consents& consents);  // replaces earlier ones
    Result<std::optional<Consents>> consents_of(VisitId visit);
    // Committed to disk when it returns ok: only then may the UI show "opgeslagen".
    Result<MeasurementId> record_measurement(VisitId visit, const MeasurementRecord& m);
    Result<std::vector<StoredMeasurement>> measurements_of(VisitId visit);
    // All answers of one questionnaire in one transaction (replaces earlier answers to it).
    Status record_answers(VisitId visit, std::string_view questionnaire,
                          const std::vector<Answer>& answers);
    Result<std::vector<Answer>> answers_of(VisitId visit, std::string_view questionnaire);
    Status record_goal(VisitId visit, std::string_view goal, WallTime at);
    Result<std::vector<Goal>> goals_of(VisitId visit);  // oldest first; the last one counts
    // A referral with consent to call needs a phone number; without consent none is stored.
    Status record_referral(VisitId visit, const Referral& referral);
    Result<std::vector<Referral>> referrals_of(VisitId visit);  // in the order they were made
    Status schedule_follow_up(VisitId visit, const FollowUp& follow_up);
    Result<std::vector<FollowUp>> follow_ups_of(VisitId visit);  // by due date
    Status record_sheet_printed(VisitId visit, const PrintedSheet& sheet);
    // The blood-pressure meter flagged an irregular heartbeat (schema 7): kept with the visit
    // for the professional; the first time counts, later flags change nothing.
    Status record_irregular_heartbeat(VisitId visit, WallTime at);
    Result<std::optional<WallTime>> irregular_heartbeat_of(VisitId visit);
    // The experience questions of one visit, stored per session (anonymous), all in one go.
    Status record_experience(SessionId session, const std::vector<ExperienceAnswer>& answers);
    // How often each answer was given in the session, by question and value.
    Result<std::vector<ExperienceCount>> experience_counts(SessionId session);

    // --- host mode (schema 4): each call one transaction with its audit entry -------------
    Result<std::vector<Session>> sessions();  // newest first
    // A new participant (fresh card code) and their visit of `session`.
    Result<SessionVisit> register_arrival(SessionId session, const ParticipantInfo& info, std::string_view actor,
                                          WallTime at);
    // The participant's visit of `session`: the existing one, else a new one. With
    // `earlier_session` (a follow-up) the visit is linked to their visit of that session.
    Result<VisitId> arrive(SessionId session, ParticipantId participant, std::optional<SessionId> earlier_session,
                           std::string_view actor, WallTime at);
    // The visit of `participant` in `session`, if they arrived.
    Result<std::optional<VisitId>> visit_in_session(SessionId session, ParticipantId participant);
    // A host's correction: a new manual measurement, and a history row with the old value.
    Result<MeasurementId> correct_measurement(VisitId visit, Measure measure, double new_value, std::string_view reason,
                                              std::string_view actor, WallTime at);
    Result<std::vector<Correction>> corrections_of(VisitId visit);
    // Moves everything of `duplicate` to `keep` (visits of the same session become one) and
    // removes the duplicate registration.
    Status merge_participants(ParticipantId duplicate, ParticipantId keep, std::string_view actor, WallTime at);
    Status set_participant_language(ParticipantId participant, std::string_view language, std::string_view actor,
                                    WallTime at);
    Result<AlertId> raise_alert(VisitId visit, std::string_view light_key, std::string_view display, WallTime at);
    Status acknowledge_alert(AlertId alert, std::string_view actor, WallTime at);
    Result<std::vector<Alert>> alerts_of_session(SessionId session);
    Result<std::vector<SessionVisit>> session_visits(SessionId session);  // in arrival order
    // The host ended the participant's blood-pressure rest early: an audit entry only.
    Status log_rest_skipped(VisitId visit, std::string_view actor, WallTime at);
    // --- reading for exports (store_export.cpp) ------------------------------------------
    // Everything in id order. Erased participants are gone from all of these.
    // sessions(): see host mode above (newest first).
    Result<std::vector<Participant>> participants();
    Result<std::vector<Visit>> visits();
    // Questionnaire ids with answers in this visit (for answers_of()).
    Result<std::vector<std::string>> questionnaires_of(VisitId visit);
    // The per-installation secret (64 hex digits) keying research pseudonyms: made from the
    // system's random source on first use, then always the same for this database.
    Result<std::string> pseudonym_key();

    // Runs several calls as ONE transaction (demo data, imports): all of them or none. The UI
    // uses single calls, each committed on its own.
    Status in_one_transaction(const std::function<Status()>& work);

    // --- device log (schema 8, store_devices.cpp) -----------------------------------------
    // Appends the entries in one transaction and drops all but the newest kDeviceLogLimit.
    Status record_device_log(const std::vector<DeviceLogRecord>& entries);
    // The newest `limit` entries (0: all), oldest first.
    Result<std::vector<DeviceLogRecord>> device_log(std::size_t limit = 0);

    // --- audit, maintenance -------------------------------------------------------------
    Status audit(const AuditEntry& entry);
    Result<std::vector<AuditEntry>> audit_log();
    Result<Counts> counts();
    // PRAGMA integrity_check (decrypts and HMAC-checks every page); Corrupt if not "ok".
    Status check_integrity();
    // Erases the participant with everything of theirs (visits, measurements, answers,
    // consents, sheets, ...) with secure_delete, and logs "erased participant <id>" only.
    Status erase_participant(std::string_view card_code, std::string_view actor, WallTime at);
    // Encrypted copy (sqlcipher_export) at `destination`, which must not exist yet.
    Status backup_to(const std::filesystem::path& destination, std::string_view passphrase,
                     std::string_view actor, WallTime at);
    Status rekey(std::string_view new_passphrase, std::string_view actor, WallTime at);

    // Restores a backup made by backup_to() to `destination` (which must not exist): opens
    // `source` with its passphrase, checks it, and exports it encrypted with `passphrase`.
    static Status restore(const std::filesystem::path& source, std::string_view source_passphrase,
                          const std::filesystem::path& destination, std::string_view passphrase,
                          const OpenOptions& options = {});

    struct Impl;  // internal (store/impl.hpp): for the store's own modules and white-box tests
    Impl& internals() { return *m_impl; }

private:
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace gc::store
