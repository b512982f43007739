#pragma once
// The neighbourhood offer files (assets/offers/*.toml) for the kiosk and the CLI; which one a
// session uses is core's offers_for_place().
#include "core/offers/offers.hpp"

#include <filesystem>
#include <vector>

namespace gc {

// Every *.toml in `dir` (default asset_path("offers")), in file-name order, each validated:
// throws OfferError naming the file and line, or std::runtime_error when one cannot be read.
// A missing directory gives no catalogs.
std::vector<OfferCatalog> load_offer_files();
std::vector<OfferCatalog> load_offer_files(const std::filesystem::path& dir);

}  // namespace gc
