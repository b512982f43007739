#pragma once
// De Jong Gierveld 6-item loneliness scale (De Jong Gierveld & Van Tilburg 2006; manual at
// home.fsw.vu.nl/tg.van.tilburg). Items 1-3 emotional (negatively worded: "yes" and "more or
// less" score 1), items 4-6 social (positively worded: "no" and "more or less" score 1).
// Total 0-6: 0-1 not lonely, 2-4 moderately, 5-6 severely lonely. Missing data: the total is
// missing when more than one item is missing; a subscale when any of its items is missing.
// Not the 11-item version (different cut-offs).
#include "core/assessment.hpp"

#include <array>
#include <optional>
#include <string>

namespace gc {

enum class LonelinessAnswer { Yes, MoreOrLess, No };

struct LonelinessResult {
    std::optional<int> total;      // 0-6
    std::optional<int> emotional;  // 0-3
    std::optional<int> social;     // 0-3
    std::string category;          // "not_lonely" | "moderately_lonely" | "severely_lonely" | "" (missing)
    std::optional<Light> colour;   // proposal clinical.md 4.4: green 0-1, orange 2-4, red 5-6
};

// answers[0..2] emotional items, answers[3..5] social items, in the order of the manual.
LonelinessResult de_jong_gierveld_6(const std::array<std::optional<LonelinessAnswer>, 6>& answers);

}  // namespace gc
