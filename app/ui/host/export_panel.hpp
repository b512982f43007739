#pragma once
// Host mode's "Exporteren" tab: one button per export (GP, municipality, research, the week-6
// call list, the month-6 invitations), each writing dated files to the configured folder (the
// USB stick: kiosk.toml `export-dir`), then saying how many were taken and how many skipped
// for lack of consent, or what went wrong in the host's language. Exports run on the UI thread:
// a day's data takes well under a second.
#include "report/export/exports.hpp"
#include "ui/host/host_panel.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace gc::ui {

class ExportPanel final : public HostPanel {
public:
    // `store`: the unlocked store the kiosk owns; it outlives the panel. `offer_files`: every
    // place's offers; each visit's sheet prints the contacts of its own session's place.
    ExportPanel(store::Store& store, std::filesystem::path folder, std::string actor = "kiosk",
                std::vector<OfferCatalog> offer_files = {});

    std::string id() const override { return "export"; }
    std::string title() const override;
    bool needs_attention() const override { return m_failed; }
    void enter(UiContext&) override;
    void draw(UiContext& ctx) override;

    // What the last export said, translated ("" before the first); for tests and scripts.
    const std::string& message() const { return m_message; }

private:
    void run(exports::ExportKind kind, const Ruleset& rules);

    store::Store& m_store;
    std::filesystem::path m_folder;
    std::string m_actor;
    std::vector<OfferCatalog> m_offer_files;
    std::string m_message;
    bool m_failed{false};
};

}  // namespace gc::ui
