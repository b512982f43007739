#pragma once
// Host tab "Sessie": start today's session (place, group: mixed, men or women), optionally as
// the follow-up of an earlier session.
#include "core/host/host_desk.hpp"
#include "ui/host/host_panel.hpp"
#include "ui/host/host_widgets.hpp"

#include <functional>

namespace gc::ui {

class SessionPanel final : public HostPanel {
public:
    using Started = std::function<void(std::int64_t session)>;
    SessionPanel(HostDesk& desk, HostRecords& records, std::string today, Started started)
        : m_desk(desk), m_records(records), m_today(std::move(today)), m_started(std::move(started)) {}
    std::string id() const override { return "session"; }
    std::string title() const override;
    void enter(UiContext&) override;
    void draw(UiContext& ctx) override;

private:
    HostDesk& m_desk;
    HostRecords& m_records;
    std::string m_today;
    Started m_started;
    std::vector<SessionSummary> m_sessions;
    std::string m_place;
    std::string m_group = "mixed";
    std::string m_earlier;  // session id as text, empty = not a follow-up
    HostMessage m_message;
};

}  // namespace gc::ui
