#pragma once
// Host mode's records (core/host/host_records.hpp) in the encrypted store: each call is one
// transaction with its audit entry (store_host.cpp).
#include "core/host/host_records.hpp"
#include "store/store.hpp"

namespace gc::kiosk {

class StoreHostRecords final : public HostRecords {
public:
    explicit StoreHostRecords(store::Store& store) : m_store(store) {}

    Outcome start_session(const SessionPlan& plan, std::int64_t& id) override;
    Outcome sessions(std::vector<SessionSummary>& out) override;
    Outcome register_arrival(std::int64_t session, const ArrivalForm& form, const std::string& by, Arrival& out) override;
    Outcome arrive_by_card(std::int64_t session, const std::string& card_code, std::optional<std::int64_t> earlier_session,
                           const std::string& by, Arrival& out) override;
    Outcome correct(const CorrectionRecord& correction) override;
    Outcome corrections_of(std::int64_t visit, std::vector<CorrectionRecord>& out) override;
    Outcome merge(std::int64_t duplicate, std::int64_t keep, const std::string& by) override;
    Outcome set_language(std::int64_t participant, const std::string& language, const std::string& by) override;
    Outcome raise_alert(std::int64_t visit, const std::string& key, const std::string& display) override;
    Outcome acknowledge(std::int64_t alert, const std::string& by) override;
    Outcome board(std::int64_t session, std::vector<BoardVisit>& visits, std::vector<AlertRecord>& alerts) override;
    Outcome rest_skipped(std::int64_t visit, const std::string& by) override;

private:
    store::Store& m_store;
};

// A store failure as the host sees it (the kind's Dutch msgid) and the journal (the detail).
Outcome store_failure(const store::StoreError& error);

}  // namespace gc::kiosk
