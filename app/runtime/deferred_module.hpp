#pragma once
// The code that needs Cairo/Pango, ZXing, CUPS or espeak-ng (the results sheet and the card,
// QR decoding, printing, read-aloud) is built into a module of its own,
// libgroepsconsult-deferred.so, loaded on first use. Linked into the kiosk, those libraries and
// theirs (about 40 of them) were loaded and relocated before main(), which cost the first frame
// ~27 ms; none of them is needed to show it. The kiosk preloads the module on a worker thread
// after the first frame.
//
// Where it is looked for: $GROEPSCONSULT_DEFERRED_MODULE (then nowhere else), or else
// ../lib/groepsconsult/ next to the running program (installed: /usr/bin -> /usr/lib/groepsconsult; build tree: build/app ->
// build/lib/groepsconsult), then the build tree this was compiled in (tests).
#include <stdexcept>

namespace gc::runtime {

struct DeferredModuleError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The address of an exported symbol of the module; loads it once (thread-safe). Throws
// DeferredModuleError naming the paths tried and dlerror()'s reason.
void* deferred_module_symbol(const char* name);

// Loads the module now (a worker thread after the first frame); a failure is logged and
// reported again by the first call that needs the module.
void preload_deferred_module();

}  // namespace gc::runtime
