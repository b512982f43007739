#pragma once
// What the kiosk may know about a participant besides their card code. Every field is optional
// for the participant; the rules need sex, age and origin group for the right cut-offs.
#include <optional>
#include <string_view>

namespace gc {

enum class Sex { Female, Male };

// Origin group only where guidelines use different cut-offs (WHO 2004 BMI, IDF waist).
enum class OriginGroup { Europid, SouthAsian, OtherAsian, African, MiddleEastern, Unknown };

std::string_view sex_name(Sex s);  // "female" / "male"
std::optional<Sex> sex_from_name(std::string_view name);
std::string_view origin_name(OriginGroup o);  // "europid", "south_asian", ...
std::optional<OriginGroup> origin_from_name(std::string_view name);

}  // namespace gc
