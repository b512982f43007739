#pragma once
// Questionnaires as data (assets/questionnaires/*.toml): items, answer options with pictograms,
// and which scoring rule reads them. The item wording is our own plain summary (the instruments
// are copyrighted; their scoring rules are not). Parsed from text here; the kiosk reads files.
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace gc {

enum class ItemKind {
    Choice,  // large picture answers
    Scale,   // 0-10 tap scale
};

struct ItemOption {
    std::string id;         // stable, stored ("yes", "more_or_less", ...)
    std::string label;      // Dutch msgid
    std::string pictogram;  // name for the UI ("check", "cross", "face_happy", ...)
    bool flag = false;      // worth talking about (e.g. money worries "moeilijk")
};

struct QuestionnaireItem {
    std::string id;   // stable within the questionnaire
    std::string text; // Dutch msgid
    ItemKind kind = ItemKind::Choice;
    std::string key;  // scoring key: which part of the instrument this item is
    std::vector<ItemOption> options;  // Scale: "0".."10", generated
    std::string low_label;   // Scale: what 0 means (msgid)
    std::string high_label;  // Scale: what 10 means (msgid)
};

enum class Scoring {
    None,             // answers only (smoking, alcohol, movement): flags for the talk
    Findrisc,         // items feed gc::findrisc together with age, BMI and waist
    DeJongGierveld6,  // gc::de_jong_gierveld_6
    PositiveHealth,   // gc::positive_health_from_grades
};

struct Questionnaire {
    std::string id;     // file stem, stored as the questionnaire name with the answers
    std::string title;  // Dutch msgid
    Scoring scoring = Scoring::None;
    std::vector<QuestionnaireItem> items;

    const QuestionnaireItem* item(std::string_view item_id) const;
};

class QuestionnaireError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws QuestionnaireError naming the file and line of the first problem (unknown scoring,
// a key the scoring rule does not know, an option id it cannot score, a missing text, ...).
Questionnaire parse_questionnaire(std::string_view toml_text, std::string_view file_name);

// The flow stores answers under "<questionnaire>.<item>" so ids never clash in one station.
std::string qualified_item_id(const Questionnaire& q, const QuestionnaireItem& item);
// Splits "findrisc.active" into {"findrisc", "active"}; nullopt when there is no dot.
std::optional<std::pair<std::string, std::string>> split_item_id(std::string_view qualified);

}  // namespace gc
