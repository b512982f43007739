#pragma once
// The code that needs Cairo/Pango, ZXing, CUPS or espeak-ng (the results sheet and the card,
// QR decoding, printing, read-aloud) is built into a module of its own,
// libgroepsconsult-deferred.so, loaded on first use. Linked into the kiosk, those libraries and
// theirs (about 40 of them) were loaded and relocated before main(), which cost the first frame
// ~27 ms; none of them is needed to show it. The kiosk opens its speaker on a worker thread
// after the first frame, which loads the module there. Where it is: runtime/paths.hpp.
#include <stdexcept>

namespace gc::runtime {

struct DeferredModuleError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The address of an exported symbol of the module; loads it once (thread-safe). Throws
// DeferredModuleError naming the path tried and why it failed.
void* deferred_module_symbol(const char* name);

// Calls the module's exported function `name`, which takes nothing and returns a T (a table or a
// factory), and returns that.
template <class T>
T deferred_module_entry(const char* name) {
    return reinterpret_cast<T (*)()>(deferred_module_symbol(name))();
}

}  // namespace gc::runtime
