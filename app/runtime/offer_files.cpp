#include "runtime/offer_files.hpp"

#include "runtime/paths.hpp"
#include "runtime/text_file.hpp"

#include <algorithm>
#include <stdexcept>

namespace gc {

std::vector<OfferCatalog> load_offer_files() { return load_offer_files(asset_path("offers")); }

std::vector<OfferCatalog> load_offer_files(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        if (entry.path().extension() == ".toml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<OfferCatalog> catalogs;
    for (const auto& file : files) {
        const auto text = read_text_file(file);
        if (!text) throw std::runtime_error("cannot read " + file.string());
        catalogs.push_back(parse_offers(*text, "offers/" + file.filename().string()));
    }
    return catalogs;
}

}  // namespace gc
