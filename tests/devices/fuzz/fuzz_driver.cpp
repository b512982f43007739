// libFuzzer target for one driver (GC_FUZZ_DRIVER): arbitrary bytes, fed whole and again in
// chunks chosen by the input, then flushed; both checksum policies. Any crash, leak or
// sanitizer report fails the run (packaging/dev.sh test runs each target for 20 s).
#include "devices/driver.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    gc::devices::DriverOptions options;
    options.reject_bad_checksum = (data[0] & 1) != 0;
    const std::size_t chunk = 1 + (data[0] >> 1);

    auto whole = gc::devices::make_driver(GC_FUZZ_DRIVER, options);
    whole->feed(data + 1, size - 1);
    whole->flush();

    auto chunked = gc::devices::make_driver(GC_FUZZ_DRIVER, options);
    for (std::size_t pos = 1; pos < size; pos += chunk) chunked->feed(data + pos, std::min(chunk, size - pos));
    chunked->flush();
    return 0;
}
