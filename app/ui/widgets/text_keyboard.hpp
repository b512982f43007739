#pragma once
// An on-screen keyboard for short texts (passphrase, names): digits, a-z, dash, space, erase.
// Keys keep one Latin layout in every language; ids are "kb_<char>", "kb_space", "kb_erase".
#include <imgui.h>

#include <string>

namespace gc::ui {

// Returns true when `text` changed this frame. `width` is the keyboard's total width.
bool text_keyboard(std::string& text, std::size_t max_length, float width, float key_height);

}  // namespace gc::ui
