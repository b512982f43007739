#include "core/questionnaire_scores/loneliness.hpp"

namespace gc {
namespace {

int item_score(LonelinessAnswer a, bool emotional) {
    if (a == LonelinessAnswer::MoreOrLess) return 1;
    return (emotional ? a == LonelinessAnswer::Yes : a == LonelinessAnswer::No) ? 1 : 0;
}

}  // namespace

LonelinessResult de_jong_gierveld_6(const std::array<std::optional<LonelinessAnswer>, 6>& answers) {
    LonelinessResult r;
    int sums[2] = {0, 0};
    int missing[2] = {0, 0};
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const std::size_t sub = i < 3 ? 0 : 1;
        if (!answers[i]) {
            ++missing[sub];
            continue;
        }
        sums[sub] += item_score(*answers[i], sub == 0);
    }
    if (missing[0] == 0) r.emotional = sums[0];
    if (missing[1] == 0) r.social = sums[1];
    if (missing[0] + missing[1] > 1) return r;
    r.total = sums[0] + sums[1];
    if (*r.total <= 1) {
        r.category = "not_lonely";
        r.colour = Light::Green;
    } else if (*r.total <= 4) {
        r.category = "moderately_lonely";
        r.colour = Light::Orange;
    } else {
        r.category = "severely_lonely";
        r.colour = Light::Red;
    }
    return r;
}

}  // namespace gc
