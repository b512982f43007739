#include "devices/device_names.hpp"

#include "core/translatable.hpp"

namespace gc::devices {
namespace {

struct DeviceNames {
    std::string_view id;
    const char* name;
    const char* not_connected;
};

constexpr DeviceNames kNames[] = {
    {"tanita", N_("Weegschaal"), N_("Weegschaal niet verbonden")},
    {"omron", N_("Bloeddrukmeter"), N_("Bloeddrukmeter niet verbonden")},
    {"contour", N_("Glucosemeter"), N_("Glucosemeter niet verbonden")},
    {"scanner", N_("Kaartlezer"), N_("Kaartlezer niet verbonden")},
};

const DeviceNames* find(std::string_view id) {
    for (const auto& n : kNames)
        if (n.id == id) return &n;
    return nullptr;
}

}  // namespace

const char* device_display_name(std::string_view id) {
    const auto* n = find(id);
    return n ? n->name : nullptr;
}

const char* device_not_connected_message(std::string_view id) {
    const auto* n = find(id);
    return n ? n->not_connected : nullptr;
}

}  // namespace gc::devices
