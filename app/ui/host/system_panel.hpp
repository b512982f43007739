#pragma once
// Host tab "Kiosk": what is wrong with the kiosk itself that only the host may see, such as a
// language file that is broken or missing (that language shows Dutch until it is repaired; the
// participant is never told), and which version runs.
#include "i18n/i18n.hpp"
#include "ui/host/host_panel.hpp"

#include <string>
#include <vector>

namespace gc::ui {

class SystemPanel : public HostPanel {
public:
    SystemPanel(std::vector<i18n::CatalogProblem> catalog_problems, std::string version);

    std::string id() const override { return "system"; }
    std::string title() const override;
    bool needs_attention() const override { return !m_catalog_problems.empty(); }
    void draw(UiContext& ctx) override;

private:
    std::vector<i18n::CatalogProblem> m_catalog_problems;
    std::string m_version;
};

}  // namespace gc::ui
