#include "ui/widgets/pictogram.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace gc::ui {
namespace {

struct Pen {
    ImDrawList* dl;
    ImVec2 c;
    float s;  // half size
    ImU32 col;
    float w;  // stroke width
    ImVec2 at(float x, float y) const { return ImVec2(c.x + x * s, c.y + y * s); }
    void line(float x0, float y0, float x1, float y1) const { dl->AddLine(at(x0, y0), at(x1, y1), col, w); }
    void rect(float x0, float y0, float x1, float y1, float round = 0.1f) const {
        dl->AddRect(at(x0, y0), at(x1, y1), col, round * s, 0, w);
    }
    void fill_rect(float x0, float y0, float x1, float y1) const { dl->AddRectFilled(at(x0, y0), at(x1, y1), col); }
    void circle(float x, float y, float r) const { dl->AddCircle(at(x, y), r * s, col, 32, w); }
    void disc(float x, float y, float r) const { dl->AddCircleFilled(at(x, y), r * s, col, 32); }
};

void heart(const Pen& p, float x, float y, float r) {
    p.disc(x - r * 0.5f, y - r * 0.2f, r * 0.55f);
    p.disc(x + r * 0.5f, y - r * 0.2f, r * 0.55f);
    p.dl->AddTriangleFilled(p.at(x - r * 1.03f, y), p.at(x + r * 1.03f, y), p.at(x, y + r * 1.1f), p.col);
}

// A round face; `mouth` bends the smile: 1 happy, 0 straight, -1 sad.
void face(const Pen& p, float mouth) {
    p.circle(0, 0, 0.85f);
    p.disc(-0.3f, -0.25f, 0.1f);
    p.disc(0.3f, -0.25f, 0.1f);
    const float y = 0.35f;
    p.dl->PathLineTo(p.at(-0.4f, y - 0.1f * mouth));
    p.dl->PathBezierQuadraticCurveTo(p.at(0, y + 0.3f * mouth), p.at(0.4f, y - 0.1f * mouth), 12);
    p.dl->PathStroke(p.col, 0, p.w);
}

void person(const Pen& p, float x, float scale) {
    p.disc(x, -0.55f * scale, 0.2f * scale);
    p.dl->AddRectFilled(p.at(x - 0.25f * scale, -0.28f * scale), p.at(x + 0.25f * scale, 0.45f * scale), p.col,
                        0.15f * p.s * scale);
    p.line(x - 0.12f * scale, 0.45f * scale, x - 0.12f * scale, 0.85f * scale);
    p.line(x + 0.12f * scale, 0.45f * scale, x + 0.12f * scale, 0.85f * scale);
}

void arrow(const Pen& p, float dir) {
    p.line(-0.7f * dir, 0, 0.7f * dir, 0);
    p.line(-0.7f * dir, 0, -0.15f * dir, -0.55f);
    p.line(-0.7f * dir, 0, -0.15f * dir, 0.55f);
}

}  // namespace

Pictogram pictogram_from_name(std::string_view name) {
    static const std::pair<std::string_view, Pictogram> names[] = {
        {"blood_pressure", Pictogram::BloodPressure}, {"scale", Pictogram::Scale}, {"tape", Pictogram::Tape},
        {"drop", Pictogram::Drop}, {"questions", Pictogram::Questions}, {"speaker", Pictogram::Speaker},
        {"print", Pictogram::Print}, {"card", Pictogram::Card}, {"check", Pictogram::Check},
        {"cross", Pictogram::Cross}, {"face_happy", Pictogram::FaceHappy}, {"face_neutral", Pictogram::FaceNeutral},
        {"face_sad", Pictogram::FaceSad}, {"walk", Pictogram::Walk}, {"glass", Pictogram::Glass},
        {"cigarette", Pictogram::Cigarette}, {"people", Pictogram::People}, {"phone", Pictogram::Phone},
    };
    for (const auto& [n, p] : names) {
        if (n == name) return p;
    }
    return Pictogram::None;
}

void draw_pictogram(Pictogram kind, ImVec2 centre, float size, ImU32 colour, bool mirrored) {
    const Pen p{ImGui::GetWindowDrawList(), centre, size / 2, colour, std::max(2.0f, size / 14)};
    switch (kind) {
        case Pictogram::None:
            break;
        case Pictogram::BloodPressure:
            p.rect(-0.9f, -0.45f, 0.35f, 0.45f, 0.25f);  // cuff
            p.line(0.35f, 0.0f, 0.65f, 0.0f);            // tube
            p.circle(0.75f, 0.0f, 0.12f);
            heart(p, -0.28f, -0.05f, 0.32f);
            break;
        case Pictogram::Scale:
            p.rect(-0.85f, -0.6f, 0.85f, 0.75f, 0.2f);
            p.dl->PathArcTo(p.at(0, -0.05f), 0.4f * p.s, 3.4f, 6.0f, 16);
            p.dl->PathStroke(p.col, 0, p.w);
            p.line(0, -0.05f, 0.2f, -0.35f);
            break;
        case Pictogram::Tape:
            p.circle(-0.3f, 0.0f, 0.55f);
            p.circle(-0.3f, 0.0f, 0.15f);
            p.fill_rect(-0.3f, 0.42f, 0.9f, 0.55f);
            for (int i = 0; i < 4; ++i) {
                const float x = 0.0f + 0.25f * static_cast<float>(i);
                p.line(x, 0.42f, x, 0.3f);
            }
            break;
        case Pictogram::Drop:
            p.dl->AddTriangleFilled(p.at(0, -0.9f), p.at(-0.52f, 0.1f), p.at(0.52f, 0.1f), p.col);
            p.disc(0, 0.3f, 0.56f);
            break;
        case Pictogram::Questions:
            p.rect(-0.85f, -0.7f, 0.85f, 0.45f, 0.3f);
            p.dl->AddTriangleFilled(p.at(-0.45f, 0.42f), p.at(-0.1f, 0.42f), p.at(-0.55f, 0.85f), p.col);
            p.disc(-0.4f, -0.12f, 0.1f);
            p.disc(0.0f, -0.12f, 0.1f);
            p.disc(0.4f, -0.12f, 0.1f);
            break;
        case Pictogram::Speaker: {
            const float d = mirrored ? -1.0f : 1.0f;
            p.dl->AddQuadFilled(p.at(-0.8f * d, -0.25f), p.at(-0.4f * d, -0.25f), p.at(-0.4f * d, 0.25f),
                                p.at(-0.8f * d, 0.25f), p.col);
            p.dl->AddTriangleFilled(p.at(-0.45f * d, -0.25f), p.at(0.05f * d, -0.7f), p.at(0.05f * d, 0.7f), p.col);
            p.dl->AddTriangleFilled(p.at(-0.45f * d, -0.25f), p.at(0.05f * d, 0.7f), p.at(-0.45f * d, 0.25f), p.col);
            const float a0 = mirrored ? 2.4f : -0.75f;
            p.dl->PathArcTo(p.at(0.05f * d, 0), 0.4f * p.s, a0, a0 + 1.5f, 12);
            p.dl->PathStroke(p.col, 0, p.w);
            p.dl->PathArcTo(p.at(0.05f * d, 0), 0.75f * p.s, a0, a0 + 1.5f, 16);
            p.dl->PathStroke(p.col, 0, p.w);
            break;
        }
        case Pictogram::Back:
            arrow(p, mirrored ? -1.0f : 1.0f);
            break;
        case Pictogram::Next:
            arrow(p, mirrored ? 1.0f : -1.0f);
            break;
        case Pictogram::Print:
            p.rect(-0.5f, -0.85f, 0.5f, -0.3f, 0.05f);
            p.rect(-0.9f, -0.3f, 0.9f, 0.4f, 0.15f);
            p.rect(-0.5f, 0.15f, 0.5f, 0.85f, 0.05f);
            p.line(-0.3f, 0.4f, 0.3f, 0.4f);
            p.line(-0.3f, 0.62f, 0.2f, 0.62f);
            break;
        case Pictogram::Check:
            p.dl->AddLine(p.at(-0.7f, 0.0f), p.at(-0.2f, 0.55f), p.col, p.w * 1.6f);
            p.dl->AddLine(p.at(-0.2f, 0.55f), p.at(0.75f, -0.6f), p.col, p.w * 1.6f);
            break;
        case Pictogram::Cross:
            p.dl->AddLine(p.at(-0.6f, -0.6f), p.at(0.6f, 0.6f), p.col, p.w * 1.6f);
            p.dl->AddLine(p.at(-0.6f, 0.6f), p.at(0.6f, -0.6f), p.col, p.w * 1.6f);
            break;
        case Pictogram::Card:
            p.rect(-0.9f, -0.6f, 0.9f, 0.6f, 0.15f);
            p.fill_rect(-0.7f, -0.4f, -0.1f, 0.2f);
            p.line(0.1f, -0.3f, 0.7f, -0.3f);
            p.line(0.1f, 0.0f, 0.7f, 0.0f);
            p.line(0.1f, 0.3f, 0.5f, 0.3f);
            break;
        case Pictogram::Erase:
            p.dl->PathLineTo(p.at(-0.9f, 0));
            p.dl->PathLineTo(p.at(-0.4f, -0.55f));
            p.dl->PathLineTo(p.at(0.85f, -0.55f));
            p.dl->PathLineTo(p.at(0.85f, 0.55f));
            p.dl->PathLineTo(p.at(-0.4f, 0.55f));
            p.dl->PathStroke(p.col, ImDrawFlags_Closed, p.w);
            p.line(-0.05f, -0.25f, 0.5f, 0.25f);
            p.line(-0.05f, 0.25f, 0.5f, -0.25f);
            break;
        case Pictogram::FaceHappy: face(p, 1); break;
        case Pictogram::FaceNeutral: face(p, 0); break;
        case Pictogram::FaceSad: face(p, -1); break;
        case Pictogram::Walk: {
            const float d = mirrored ? -1.0f : 1.0f;
            p.disc(0.1f * d, -0.7f, 0.17f);
            p.line(0.05f * d, -0.45f, -0.05f * d, 0.2f);    // body
            p.line(-0.05f * d, 0.2f, 0.35f * d, 0.85f);     // front leg
            p.line(-0.05f * d, 0.2f, -0.4f * d, 0.85f);     // back leg
            p.line(0.0f, -0.3f, 0.4f * d, 0.05f);           // arm
            p.line(0.0f, -0.3f, -0.35f * d, -0.05f);        // arm
            break;
        }
        case Pictogram::Glass:
            p.dl->AddQuad(p.at(-0.5f, -0.8f), p.at(0.5f, -0.8f), p.at(0.35f, 0.8f), p.at(-0.35f, 0.8f), p.col, p.w);
            p.dl->AddQuadFilled(p.at(-0.44f, -0.2f), p.at(0.44f, -0.2f), p.at(0.35f, 0.8f), p.at(-0.35f, 0.8f), p.col);
            break;
        case Pictogram::Cigarette:
            p.rect(-0.9f, 0.1f, 0.6f, 0.4f, 0.0f);
            p.fill_rect(0.6f, 0.1f, 0.85f, 0.4f);
            p.dl->AddBezierCubic(p.at(0.7f, 0.0f), p.at(0.5f, -0.3f), p.at(0.9f, -0.5f), p.at(0.7f, -0.85f), p.col, p.w);
            break;
        case Pictogram::People:
            person(p, -0.45f, 0.9f);
            person(p, 0.45f, 0.9f);
            person(p, 0.0f, 0.6f);
            break;
        case Pictogram::Phone:
            p.rect(-0.45f, -0.85f, 0.45f, 0.85f, 0.2f);
            p.line(-0.15f, -0.65f, 0.15f, -0.65f);
            p.disc(0.0f, 0.6f, 0.1f);
            break;
    }
}

}  // namespace gc::ui
