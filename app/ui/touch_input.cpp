#include "ui/touch_input.hpp"

#include <imgui.h>

#include <cfloat>

namespace gc::ui {

void TouchInput::press(float x, float y) {
    m_x = x;
    m_y = y;
    m_down = true;
    m_press_latched = true;
    m_hover_valid = true;
}

void TouchInput::release(float x, float y) {
    m_x = x;
    m_y = y;
    m_down = false;
    m_release_pending = true;
}

bool TouchInput::handle(const SDL_Event& e, int window_w, int window_h) {
    switch (e.type) {
        case SDL_MOUSEBUTTONDOWN:
            if (e.button.which == SDL_TOUCH_MOUSEID || e.button.button != SDL_BUTTON_LEFT) return true;
            press(static_cast<float>(e.button.x), static_cast<float>(e.button.y));
            return true;
        case SDL_MOUSEBUTTONUP:
            if (e.button.which == SDL_TOUCH_MOUSEID || e.button.button != SDL_BUTTON_LEFT) return true;
            release(static_cast<float>(e.button.x), static_cast<float>(e.button.y));
            return true;
        case SDL_MOUSEMOTION:
            if (e.motion.which == SDL_TOUCH_MOUSEID) return true;
            // Hover is meaningless on a touchscreen: follow the pointer only while pressed.
            if (m_down) {
                m_x = static_cast<float>(e.motion.x);
                m_y = static_cast<float>(e.motion.y);
            }
            return true;
        case SDL_FINGERDOWN:
            press(e.tfinger.x * static_cast<float>(window_w), e.tfinger.y * static_cast<float>(window_h));
            return true;
        case SDL_FINGERUP:
            release(e.tfinger.x * static_cast<float>(window_w), e.tfinger.y * static_cast<float>(window_h));
            return true;
        case SDL_FINGERMOTION:
            if (m_down) {
                m_x = e.tfinger.x * static_cast<float>(window_w);
                m_y = e.tfinger.y * static_cast<float>(window_h);
            }
            return true;
        default:
            return false;
    }
}

void TouchInput::apply(ImGuiIO& io) {
    if (m_clear_hover_next) {
        // One frame after the release (the frame in which ImGui fired the click): no sticky hover.
        m_clear_hover_next = false;
        m_hover_valid = false;
    }
    io.MousePos = m_hover_valid ? ImVec2(m_x, m_y) : ImVec2(-FLT_MAX, -FLT_MAX);
    if (m_press_latched) {
        io.MouseDown[0] = true;  // press frame, even if the release already arrived
        m_press_latched = false;
        return;
    }
    io.MouseDown[0] = m_down;
    if (m_release_pending) {
        m_release_pending = false;
        m_clear_hover_next = true;
    }
}

}  // namespace gc::ui
