#include "ui/widget_registry.hpp"

namespace gc::ui {

WidgetRegistry& widget_registry() {
    static WidgetRegistry registry;
    return registry;
}

}  // namespace gc::ui
