#pragma once
// One driver per device family: an incremental framer + a pure decoder behind one interface,
// so the worker thread, the `devices decode` tool and the tests all feed bytes the same way.
#include "devices/reading.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace gc::devices {

// Technical warnings (checksum mismatch accepted, garbage skipped); never participant data.
using WarningSink = std::function<void(std::string_view event)>;

struct DriverOptions {
    // Tanita: the checksum rule is verified on published frames only (reference §1.1), so a
    // site may choose to accept-and-log mismatches; the default never stores a bad frame.
    bool reject_bad_checksum = true;
    WarningSink warn;
};

class Driver {
public:
    virtual ~Driver() = default;
    virtual std::string_view name() const = 0;
    // Bytes as they arrive (any chunking); returns what the completed frames decoded to.
    virtual std::vector<DecodeResult> feed(const std::uint8_t* data, std::size_t size) = 0;
    // The link went silent (timeout or end of input): a partial frame becomes "truncated".
    virtual std::vector<DecodeResult> flush() = 0;
    // Bytes skipped while resynchronising (garbage, padding, irrelevant signals).
    virtual std::size_t discarded_bytes() const = 0;

    std::vector<DecodeResult> feed(const Bytes& bytes) { return feed(bytes.data(), bytes.size()); }
};

// "tanita", "omron-7322", "omron-790", "contour", "scanner"; nullptr for an unknown name.
std::unique_ptr<Driver> make_driver(std::string_view name, DriverOptions options = {});
const std::vector<std::string_view>& driver_names();

}  // namespace gc::devices
