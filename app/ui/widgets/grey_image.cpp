#include "ui/widgets/grey_image.hpp"

#include "ui/theme.hpp"

#include <SDL_opengl.h>

#include <cstdint>

namespace gc::ui {

GreyImage::~GreyImage() { clear(); }

void GreyImage::clear() {
    if (m_texture) glDeleteTextures(1, &m_texture);
    m_texture = 0;
}

void GreyImage::upload(int width, int height, const std::vector<std::uint8_t>& grey) {
    if (width <= 0 || height <= 0 || grey.size() < static_cast<std::size_t>(width) * static_cast<std::size_t>(height)) return;
    // RGBA: a single-channel texture would draw red through the backend's shader (GL 3.2 core).
    m_rgba.resize(grey.size() * 4);
    for (std::size_t i = 0; i < grey.size(); ++i) {
        m_rgba[4 * i] = m_rgba[4 * i + 1] = m_rgba[4 * i + 2] = grey[i];
        m_rgba[4 * i + 3] = 255;
    }
    GLint previous = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
    if (!m_texture) {
        glGenTextures(1, &m_texture);
        glBindTexture(GL_TEXTURE_2D, m_texture);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    }
    glBindTexture(GL_TEXTURE_2D, m_texture);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, m_rgba.data());
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
    m_width = width;
    m_height = height;
}

void GreyImage::draw(float width, bool mirrored) const {
    const float height = m_width > 0 ? width * static_cast<float>(m_height) / static_cast<float>(m_width) : width * 0.75f;
    if (!m_texture) {
        const ImVec2 min = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(min, ImVec2(min.x + width, min.y + height), colours::kMuted);
        ImGui::Dummy(ImVec2(width, height));
        return;
    }
    ImGui::Image(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(m_texture)), ImVec2(width, height),
                 ImVec2(mirrored ? 1.0f : 0.0f, 0.0f), ImVec2(mirrored ? 0.0f : 1.0f, 1.0f));
}

}  // namespace gc::ui
