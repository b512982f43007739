#pragma once
// A flow recorder that accepts everything and keeps nothing (panels and benchmarks that need no
// stored visit).
#include "core/flow/visit_recorder.hpp"

namespace gc::test {

struct NoRecorder final : VisitRecorder {
    Outcome begin_visit(const std::string&, const std::string&, const Consents&, ParticipantProfile&) override {
        return Outcome::success();
    }
    Outcome record_measurement(Measure, double) override { return Outcome::success(); }
    Outcome record_answer(const std::string&, const std::string&) override { return Outcome::success(); }
    Outcome request_sheet() override { return Outcome::success(); }
    void end_visit() override {}
};

}  // namespace gc::test
