#include "ui/widgets/pictogram.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace gc::ui {
namespace {

constexpr float kPi = 3.14159265f;

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
    void thin_line(float x0, float y0, float x1, float y1) const {
        dl->AddLine(at(x0, y0), at(x1, y1), col, std::max(1.5f, w * 0.6f));
    }
    // A smaller pictogram inside this one, centred at (x, y), `scale` of this size.
    Pen inner(float x, float y, float scale) const { return Pen{dl, at(x, y), s * scale, col, std::max(1.5f, w * 0.8f)}; }
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

// A line-art arc of radius r round the centre from angle a0 to a1 (radians, 0 = end side,
// growing clockwise), with an arrowhead at a1; `dir` -1 mirrors it.
void arc_arrow(const Pen& p, float r, float a0, float a1, float dir) {
    constexpr int kSteps = 16;
    for (int i = 0; i <= kSteps; ++i) {
        const float a = a0 + (a1 - a0) * static_cast<float>(i) / kSteps;
        p.dl->PathLineTo(p.at(dir * r * std::cos(a), r * std::sin(a)));
    }
    p.dl->PathStroke(p.col, 0, p.w);
    const float turn = a1 > a0 ? 1.0f : -1.0f;
    const float ex = r * std::cos(a1), ey = r * std::sin(a1);
    const float tx = -std::sin(a1) * turn, ty = std::cos(a1) * turn;  // along the arc
    const float nx = std::cos(a1), ny = std::sin(a1);                  // away from the centre
    p.dl->AddTriangleFilled(p.at(dir * (ex + 0.3f * tx), ey + 0.3f * ty), p.at(dir * (ex + 0.22f * nx), ey + 0.22f * ny),
                            p.at(dir * (ex - 0.22f * nx), ey - 0.22f * ny), p.col);
}

// An almond eye with its iris and pupil.
void eye(const Pen& p) {
    p.dl->PathLineTo(p.at(-0.9f, 0));
    p.dl->PathBezierQuadraticCurveTo(p.at(0, -0.8f), p.at(0.9f, 0), 16);
    p.dl->PathBezierQuadraticCurveTo(p.at(0, 0.8f), p.at(-0.9f, 0), 16);
    p.dl->PathStroke(p.col, ImDrawFlags_Closed, p.w);
    p.circle(0, 0, 0.28f);
    p.disc(0, 0, 0.12f);
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
        {"food", Pictogram::Food}, {"moon", Pictogram::Moon}, {"relax", Pictogram::Relax},
        {"smoking_alcohol", Pictogram::SmokingAlcohol}, {"clock", Pictogram::Clock}, {"unknown", Pictogram::Unknown},
        {"refresh", Pictogram::Refresh}, {"plug", Pictogram::Plug}, {"globe", Pictogram::Globe},
        {"eye", Pictogram::Eye}, {"eye_off", Pictogram::EyeOff}, {"pencil", Pictogram::Pencil},
        {"merge", Pictogram::Merge}, {"ring", Pictogram::Ring},
    };
    for (const auto& [n, p] : names) {
        if (n == name) return p;
    }
    return Pictogram::None;
}

namespace {

void draw(const Pen& p, Pictogram kind, bool mirrored) {
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
        case Pictogram::Seated: {
            const float d = mirrored ? -1.0f : 1.0f;
            p.line(-0.55f * d, -0.75f, -0.55f * d, 0.85f);  // chair back
            p.line(-0.55f * d, 0.2f, 0.1f * d, 0.2f);       // seat
            p.disc(-0.3f * d, -0.7f, 0.16f);                 // head
            p.line(-0.35f * d, -0.5f, -0.35f * d, 0.12f);   // upright back
            p.line(-0.35f * d, 0.12f, 0.2f * d, 0.12f);     // thigh
            p.line(0.2f * d, 0.12f, 0.2f * d, 0.85f);       // shin
            p.line(0.2f * d, 0.85f, 0.45f * d, 0.85f);      // foot flat on the floor
            p.line(-0.35f * d, -0.3f, 0.15f * d, -0.1f);    // arm at heart height
            p.line(0.15f * d, -0.1f, 0.85f * d, -0.1f);     // on the table
            break;
        }
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
        case Pictogram::Food:
            p.circle(0.0f, 0.05f, 0.5f);  // plate
            p.circle(0.0f, 0.05f, 0.28f);
            p.line(-0.8f, -0.35f, -0.8f, 0.85f);  // fork: handle and three tines
            for (const float x : {-0.93f, -0.8f, -0.67f}) p.thin_line(x, -0.8f, x, -0.35f);
            p.thin_line(-0.93f, -0.35f, -0.67f, -0.35f);
            p.dl->AddQuadFilled(p.at(0.74f, -0.8f), p.at(0.9f, -0.5f), p.at(0.9f, -0.05f), p.at(0.74f, -0.05f), p.col);  // knife
            p.line(0.8f, -0.05f, 0.8f, 0.85f);
            break;
        case Pictogram::Moon: {
            // Filled between the outer circle round (-0.15, 0) r 0.75 and the hollow round (0.3, 0)
            // r 0.6; they meet at the tips (0.3, ±0.6). Both edges run bottom tip → left → top tip.
            const float tip = std::atan2(0.6f, 0.45f);
            constexpr int kSteps = 24;
            auto outer = [&](int i) {
                const float a = tip + (2 * kPi - 2 * tip) * static_cast<float>(i) / kSteps;
                return p.at(-0.15f + 0.75f * std::cos(a), 0.75f * std::sin(a));
            };
            auto inner = [&](int i) {
                const float a = 0.5f * kPi + kPi * static_cast<float>(i) / kSteps;
                return p.at(0.3f + 0.6f * std::cos(a), 0.6f * std::sin(a));
            };
            // Quads side by side without anti-aliased fringes (those would show as seams), then a
            // thin anti-aliased outline smooths the edge.
            const ImDrawListFlags flags = p.dl->Flags;
            p.dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
            for (int i = 0; i < kSteps; ++i) p.dl->AddQuadFilled(outer(i), outer(i + 1), inner(i + 1), inner(i), p.col);
            p.dl->Flags = flags;
            for (int i = 0; i <= kSteps; ++i) p.dl->PathLineTo(outer(i));
            for (int i = kSteps; i >= 0; --i) p.dl->PathLineTo(inner(i));
            p.dl->PathStroke(p.col, ImDrawFlags_Closed, 1.0f);
            p.thin_line(0.62f, -0.55f, 0.62f, -0.15f);  // a star in the hollow
            p.thin_line(0.42f, -0.35f, 0.82f, -0.35f);
            break;
        }
        case Pictogram::Relax:
            p.circle(0, 0, 0.85f);
            for (const float x : {-0.3f, 0.3f}) {  // closed eyes
                p.dl->PathLineTo(p.at(x - 0.17f, -0.25f));
                p.dl->PathBezierQuadraticCurveTo(p.at(x, -0.08f), p.at(x + 0.17f, -0.25f), 8);
                p.dl->PathStroke(p.col, 0, p.w);
            }
            p.dl->PathLineTo(p.at(-0.3f, 0.3f));  // a small quiet smile
            p.dl->PathBezierQuadraticCurveTo(p.at(0, 0.48f), p.at(0.3f, 0.3f), 12);
            p.dl->PathStroke(p.col, 0, p.w);
            break;
        case Pictogram::SmokingAlcohol:
            draw(p.inner(-0.4f, 0.15f, 0.62f), Pictogram::Cigarette, mirrored);
            draw(p.inner(0.56f, 0.0f, 0.72f), Pictogram::Glass, mirrored);
            break;
        case Pictogram::Clock:
            p.circle(0, 0, 0.85f);
            for (int i = 0; i < 4; ++i) {  // the quarter marks
                const float a = static_cast<float>(i) * kPi / 2;
                p.disc(0.65f * std::cos(a), 0.65f * std::sin(a), 0.08f);
            }
            p.line(0, 0, 0, -0.5f);   // minute hand on twelve
            p.line(0, 0, 0.35f, 0);  // hour hand on three
            break;
        case Pictogram::Unknown:
            p.dl->PathArcTo(p.at(0, -0.4f), 0.38f * p.s, kPi, 2.5f * kPi, 20);
            p.dl->PathLineTo(p.at(0, 0.3f));
            p.dl->PathStroke(p.col, 0, p.w * 1.3f);
            p.disc(0, 0.68f, 0.13f);
            break;
        case Pictogram::Refresh: {
            const float d = mirrored ? -1.0f : 1.0f;
            arc_arrow(p, 0.65f, 1.1f * kPi, 1.85f * kPi, d);
            arc_arrow(p, 0.65f, 0.1f * kPi, 0.85f * kPi, d);
            break;
        }
        case Pictogram::Plug:
            p.line(-0.25f, -0.9f, -0.25f, -0.45f);  // prongs
            p.line(0.25f, -0.9f, 0.25f, -0.45f);
            p.dl->AddRectFilled(p.at(-0.55f, -0.45f), p.at(0.55f, 0.25f), p.col, 0.2f * p.s);  // body
            p.dl->AddBezierCubic(p.at(0, 0.25f), p.at(0, 0.7f), p.at(0.55f, 0.5f), p.at(0.55f, 0.92f), p.col, p.w);  // cable
            break;
        case Pictogram::Globe: {
            p.circle(0, 0, 0.85f);
            constexpr int kSteps = 24;  // a meridian: a narrow ellipse
            for (int i = 0; i <= kSteps; ++i) {
                const float a = 2 * kPi * static_cast<float>(i) / kSteps;
                p.dl->PathLineTo(p.at(0.38f * std::cos(a), 0.85f * std::sin(a)));
            }
            p.dl->PathStroke(p.col, 0, std::max(1.5f, p.w * 0.6f));
            p.thin_line(-0.85f, 0, 0.85f, 0);
            p.thin_line(-0.74f, -0.42f, 0.74f, -0.42f);
            p.thin_line(-0.74f, 0.42f, 0.74f, 0.42f);
            break;
        }
        case Pictogram::Eye: eye(p); break;
        case Pictogram::EyeOff:
            eye(p);
            p.dl->AddLine(p.at(-0.75f, 0.75f), p.at(0.75f, -0.75f), p.col, p.w * 1.3f);
            break;
        case Pictogram::Pencil: {
            // Along the diagonal from the tip (bottom left) to the end (top right).
            const float n = 0.14f;  // half the pencil's width, on each axis
            p.dl->AddQuad(p.at(-0.45f + n, 0.45f + n), p.at(0.75f + n, -0.75f + n), p.at(0.75f - n, -0.75f - n),
                          p.at(-0.45f - n, 0.45f - n), p.col, p.w);
            p.dl->AddTriangleFilled(p.at(-0.45f + n, 0.45f + n), p.at(-0.45f - n, 0.45f - n), p.at(-0.85f, 0.85f), p.col);
            p.line(0.5f + n, -0.5f + n, 0.5f - n, -0.5f - n);  // the eraser's band
            break;
        }
        case Pictogram::Merge: {
            const float d = mirrored ? -1.0f : 1.0f;
            p.line(-0.85f * d, -0.65f, -0.1f * d, 0);
            p.line(-0.85f * d, 0.65f, -0.1f * d, 0);
            p.line(-0.1f * d, 0, 0.6f * d, 0);
            p.dl->AddTriangleFilled(p.at(0.9f * d, 0), p.at(0.5f * d, -0.3f), p.at(0.5f * d, 0.3f), p.col);
            break;
        }
        case Pictogram::Ring:
            p.circle(0, 0, 0.7f);
            break;
    }
}

}  // namespace

void draw_pictogram(Pictogram kind, ImVec2 centre, float size, ImU32 colour, bool mirrored) {
    draw(Pen{ImGui::GetWindowDrawList(), centre, size / 2, colour, std::max(2.0f, size / 14)}, kind, mirrored);
}

}  // namespace gc::ui
