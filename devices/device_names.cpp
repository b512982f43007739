#include "devices/device_names.hpp"

#include "core/translatable.hpp"

namespace gc::devices {

const char* device_display_name(std::string_view id) {
    if (id == "tanita") return N_("Weegschaal");
    if (id == "omron") return N_("Bloeddrukmeter");
    if (id == "contour") return N_("Glucosemeter");
    if (id == "scanner") return N_("Kaartlezer");
    return nullptr;
}

const char* device_not_connected_message(std::string_view id) {
    if (id == "tanita") return N_("Weegschaal niet verbonden");
    if (id == "omron") return N_("Bloeddrukmeter niet verbonden");
    if (id == "contour") return N_("Glucosemeter niet verbonden");
    if (id == "scanner") return N_("Kaartlezer niet verbonden");
    return nullptr;
}

}  // namespace gc::devices
