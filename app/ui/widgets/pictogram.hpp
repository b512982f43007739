#pragma once
// Pictograms drawn as vector shapes (no image files, crisp at every scale). Always shown beside
// a word, never alone.
#include <imgui.h>

#include <string_view>

namespace gc::ui {

enum class Pictogram {
    None,
    BloodPressure,  // arm cuff with a heart
    Scale,          // bathroom scale
    Tape,           // measuring tape
    Drop,           // drop of blood
    Questions,      // speech bubble
    Speaker,        // read aloud
    Back,           // arrow to the start side
    Next,           // arrow to the end side
    Print,          // printer
    Check,          // done / yes
    Cross,          // no / stop
    Card,           // QR card
    Erase,          // keypad backspace
    Seated,         // someone seated upright: back against the chair, feet flat, arm on the table
    FaceHappy,      // answers: good
    FaceNeutral,    // answers: so-so
    FaceSad,        // answers: not good
    Walk,           // moving
    Glass,          // alcohol
    Cigarette,      // smoking
    People,         // family, contacts
    Phone,          // may we call you
    Food,           // a plate between a fork and a knife: eating
    Moon,           // a crescent moon and a star: sleep, the night
    Relax,          // a calm face with closed eyes: relaxation
    SmokingAlcohol, // a cigarette beside a glass
    Clock,          // a clock face: hours since
    Unknown,        // a question mark: "don't know"
    Refresh,        // two arrows turning in a circle: load again
    Plug,           // a power plug on its cable: connect a device
    Globe,          // a globe: language
    Eye,            // an open eye: show what was typed
    EyeOff,         // an eye struck through: hide it again
    Pencil,         // a pencil: correct a value
    Merge,          // two lines joining into one arrow: merge two records
    Ring,           // an empty circle: not chosen or done yet (a check once it is)
};

// "blood_pressure", "scale", ... as used in assets/stations; None for an unknown name.
Pictogram pictogram_from_name(std::string_view name);

// Draws into the current window's draw list, centred at `centre`, fitting a square of `size`.
// `mirrored` flips arrows for right-to-left layouts.
void draw_pictogram(Pictogram p, ImVec2 centre, float size, ImU32 colour, bool mirrored = false);

}  // namespace gc::ui
