#pragma once
// A telephone-layout keypad (1-2-3 on top). Digits stay left-to-right in every language; only
// the decimal key shows the language's own decimal sign.
#include "core/flow/keypad_buffer.hpp"

#include <imgui.h>

namespace gc::ui {

// Keys get ids "<id>_0".."<id>_9", "<id>_decimal", "<id>_erase". Returns true when the buffer
// changed this frame.
bool numeric_keypad(const char* id, KeypadBuffer& buffer, const char* decimal_sign, bool decimals_allowed,
                    float key_size);

// The typed value as shown: the buffer text with the language's decimal sign.
std::string keypad_display(const KeypadBuffer& buffer, const char* decimal_sign);

}  // namespace gc::ui
