#pragma once
// What `groepsconsult sheet` and `groepsconsult print` share: the assets a sheet needs, and
// the participant's latest sheet rendered from the store (report/sheet_from_store.hpp).
#include "cli/store_cli.hpp"
#include "core/rules/ruleset.hpp"
#include "i18n/i18n.hpp"
#include "report/clinical_codes.hpp"
#include "report/sheet_from_store.hpp"
#include "runtime/offer_files.hpp"
#include "runtime/paths.hpp"

#include <unistd.h>

#include <iostream>
#include <map>
#include <optional>
#include <string>

namespace gc::cli::sheet_cli {

struct Assets {
    Ruleset rules;
    std::map<std::string, report::ClinicalCodes> codes;
    std::vector<OfferCatalog> offers;  // every assets/offers file: the sheet picks the session's place
};

// The default ruleset, the clinical codes, the offer files and the catalogs; on failure prints why (naming the
// file) and sets exit_code 1.
inline std::optional<Assets> load_assets(const char* command, int& exit_code) {
    try {
        const auto read = [](const std::string& relative) {
            auto text = read_text_file(asset_path(relative));
            if (!text) throw std::runtime_error("cannot read " + asset_path(relative).string());
            return *text;
        };
        const std::string rules_file = "rules/" + std::string(kDefaultRulesetId) + ".toml";
        Assets assets{Ruleset::parse(read(rules_file), rules_file),
                      report::parse_clinical_codes(read("report/clinical_codes.toml"), "report/clinical_codes.toml"),
                      load_offer_files()};
        for (const auto& problem : i18n::init(i18n::load_languages())) std::cerr << command << ": " << problem << "\n";
        return assets;
    } catch (const std::exception& e) {  // RulesetError, ClinicalCodesError, LanguageFileError, ...
        std::cerr << command << ": " << e.what() << "\n";
        exit_code = 1;
        return std::nullopt;
    }
}

struct Sheet {
    store::VisitId visit;
    std::string language;  // the participant's
    std::string ruleset;
    std::string pdf;
};

// Which kiosk: the GP page names it, as the kiosk itself does.
inline std::string kiosk_id() {
    char host[256] = "groepsconsult";
    gethostname(host, sizeof host - 1);
    return host;
}

// The sheet of the participant's latest visit. A renderer failure comes back as Internal.
inline store::Result<Sheet> latest_sheet(store::Store& store, const Assets& assets, const std::string& card_code) {
    auto visit = report::latest_visit(store, card_code);
    if (!visit) return visit.error();
    auto participant = store.find_participant(card_code);
    if (!participant) return participant.error();
    auto content = report::sheet_from_store(store, visit.value(), assets.rules, kiosk_id(), assets.offers);
    if (!content) return content.error();
    try {
        return Sheet{visit.value(), participant.value().info.language, content.value().ruleset_id,
                     report::render_sheet_pdf(content.value(), assets.codes)};
    } catch (const std::exception& e) {  // RenderError, QrError
        return store::StoreError{store::ErrorKind::Internal, std::string("sheet not rendered: ") + e.what()};
    }
}

}  // namespace gc::cli::sheet_cli
