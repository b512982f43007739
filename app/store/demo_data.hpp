#pragma once
// Synthetic but realistic data for demos and benchmarks: sessions of ~12 people, each with a
// visit, consents, device and manual measurements with plausible values, answers, a goal,
// a referral, follow-ups and a printed sheet. Names are invented; card codes are random.
#include "store/store.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace gc::store {

struct DemoDataOptions {
    int participants{12};
    int participants_per_session{12};
    std::uint64_t seed{1};  // values and names; card codes are always random
};

// Adds the data, one transaction per participant. Returns the new card codes (canonical).
Result<std::vector<std::string>> add_demo_data(Store& store, const DemoDataOptions& options);

}  // namespace gc::store
