#include "i18n/speaker.hpp"

#include "runtime/deferred_module.hpp"

namespace gc::i18n {

std::unique_ptr<Speaker> open_speaker() {
    using Open = decltype(&deferred::open_espeak_speaker);
    static const Open open = runtime::deferred_module_entry<Open>(kDeferredSpeakerSymbol);
    return open();
}

}  // namespace gc::i18n
