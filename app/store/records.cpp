#include "store/records.hpp"

namespace gc::store {

WallTime wall_now() {
    return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

std::string_view group_type_name(GroupType g) {
    switch (g) {
    case GroupType::Mixed: return "mixed";
    case GroupType::Men: return "men";
    case GroupType::Women: return "women";
    }
    return "mixed";
}

std::optional<GroupType> group_type_from_name(std::string_view name) {
    for (auto g : {GroupType::Mixed, GroupType::Men, GroupType::Women}) {
        if (group_type_name(g) == name) return g;
    }
    return std::nullopt;
}

std::string_view audit_action_name(AuditAction a) {
    switch (a) {
    case AuditAction::Viewed: return "viewed";
    case AuditAction::Printed: return "printed";
    case AuditAction::Exported: return "exported";
    case AuditAction::Erased: return "erased";
    case AuditAction::BackedUp: return "backed_up";
    case AuditAction::Restored: return "restored";
    case AuditAction::Rekeyed: return "rekeyed";
    case AuditAction::Created: return "created";
    case AuditAction::Corrected: return "corrected";
    case AuditAction::Merged: return "merged";
    case AuditAction::Updated: return "updated";
    case AuditAction::Acknowledged: return "acknowledged";
    case AuditAction::SkippedRest: return "skipped_rest";
    }
    return "viewed";
}

std::optional<AuditAction> audit_action_from_name(std::string_view name) {
    for (auto a : {AuditAction::Viewed, AuditAction::Printed, AuditAction::Exported, AuditAction::Erased,
                   AuditAction::BackedUp, AuditAction::Restored, AuditAction::Rekeyed,
                   AuditAction::Created, AuditAction::Corrected, AuditAction::Merged, AuditAction::Updated,
                   AuditAction::Acknowledged, AuditAction::SkippedRest}) {
        if (audit_action_name(a) == name) return a;
    }
    return std::nullopt;
}

}  // namespace gc::store
