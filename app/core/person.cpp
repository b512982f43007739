#include "person.hpp"

#include <array>
#include <utility>

namespace gc {
namespace {
constexpr std::array<std::pair<OriginGroup, std::string_view>, 6> kOrigins = {{
    {OriginGroup::Europid, "europid"},
    {OriginGroup::SouthAsian, "south_asian"},
    {OriginGroup::OtherAsian, "other_asian"},
    {OriginGroup::African, "african"},
    {OriginGroup::MiddleEastern, "middle_eastern"},
    {OriginGroup::Unknown, "unknown"},
}};
}  // namespace

std::string_view sex_name(Sex s) { return s == Sex::Female ? "female" : "male"; }

std::optional<Sex> sex_from_name(std::string_view name) {
    if (name == "female") return Sex::Female;
    if (name == "male") return Sex::Male;
    return std::nullopt;
}

std::string_view origin_name(OriginGroup o) {
    for (const auto& [group, name] : kOrigins) {
        if (group == o) return name;
    }
    return "unknown";
}

std::optional<OriginGroup> origin_from_name(std::string_view name) {
    for (const auto& [group, n] : kOrigins) {
        if (n == name) return group;
    }
    return std::nullopt;
}

}  // namespace gc
