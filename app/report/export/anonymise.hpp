#pragma once
// The privacy rules of the anonymous and pseudonymous exports (interop-privacy.md §4.1):
// coarse age bands, keyed pseudonyms, and small-cell suppression. Pure functions.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gc::exports {

// Fewer people than this in a published cell and the cell is suppressed.
inline constexpr int kMinCellSize = 5;

// Ten-year bands, open at both ends: "<40", "40-49", ..., "70-79", "80+"; "unknown" without age.
std::string age_band(std::optional<int> age);
const std::vector<std::string>& all_age_bands();  // in order, "unknown" last

// HMAC-SHA256 of `card_code` keyed with the installation's secret, as 16 hex digits: the same
// person gets the same pseudonym in every research export of this installation, and without
// the key nobody can go from pseudonym to card code (or test a guessed card code).
std::string pseudonym(std::string_view key, std::string_view card_code);
// Full HMAC-SHA256 in lower-case hex (RFC 2104), for the pseudonym and its tests.
std::string hmac_sha256_hex(std::string_view key, std::string_view message);

// Small-cell suppression on a table of counts with sum relations. Each relation says
// total == sum(parts) (cell indices into `counts`). A cell is suppressed when 0 < count < min;
// then, as long as some relation has exactly one suppressed cell among its total and non-empty
// parts, the smallest other non-empty cell of that relation is suppressed too, so no
// suppressed count can be worked out from the published ones. Returns one flag per cell.
struct SumRelation {
    std::size_t total;
    std::vector<std::size_t> parts;
};
std::vector<bool> suppress_small_cells(const std::vector<int>& counts, const std::vector<SumRelation>& relations,
                                       int min = kMinCellSize);

}  // namespace gc::exports
