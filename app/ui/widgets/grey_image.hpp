#pragma once
// A grey picture (a webcam preview) as an OpenGL texture ImGui can draw. Upload when a new
// picture arrives (not every frame); the texture goes with the object. UI thread only.
#include <imgui.h>

#include <cstdint>
#include <vector>

namespace gc::ui {

class GreyImage {
public:
    GreyImage() = default;
    ~GreyImage();
    GreyImage(const GreyImage&) = delete;
    GreyImage& operator=(const GreyImage&) = delete;

    void upload(int width, int height, const std::vector<std::uint8_t>& grey);
    void clear();  // frees the texture
    // Draws it `width` wide (height by aspect); a grey box when empty. `mirrored`: left and
    // right swapped, as a mirror (a card moved right moves right on screen).
    void draw(float width, bool mirrored = false) const;

private:
    unsigned m_texture = 0;
    int m_width = 0, m_height = 0;
    std::vector<std::uint8_t> m_rgba;
};

}  // namespace gc::ui
