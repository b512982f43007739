#pragma once
// The station circuit of a session, parsed from assets/stations/*.toml.
#include "core/measure.hpp"
#include "core/questionnaire/questionnaire.hpp"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace gc {

struct StationEntry {
    Measure measure;
    std::string label;  // Dutch msgid
    double min = 0;
    double max = 0;
    bool optional = false;
};

struct AnswerOption {
    std::string id;     // stable, stored ("yes", "no", ...)
    std::string label;  // Dutch msgid
    std::string pictogram;  // questionnaire items: picture beside the label ("" = none)
};

struct Question {
    std::string id;  // stable, stored ("smoker", ...; questionnaire items "<questionnaire>.<item>")
    std::string text;
    std::vector<AnswerOption> options;
    std::string questionnaire;  // "" for the circuit's own questions
    bool scale = false;         // a 0-10 tap scale (options "0".."10")
    std::string low_label;      // scale: what 0 means (msgid)
    std::string high_label;     // scale: what 10 means (msgid)
};

enum class StationKind { Measure, Questions };

struct Station {
    std::string id;
    StationKind kind = StationKind::Measure;
    std::string pictogram;
    std::string title;        // Dutch msgid
    std::string instruction;  // Dutch msgid
    std::vector<StationEntry> entries;
    std::vector<Question> questions;
    std::vector<std::string> questionnaires;  // assets/questionnaires/<id>.toml asked here, in order
};

struct Circuit {
    std::vector<Station> stations;
    std::vector<Questionnaire> questionnaires;  // every questionnaire the stations refer to

    const Questionnaire* questionnaire(std::string_view id) const;
};

class CircuitError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws CircuitError naming the file and line of the first problem.
Circuit parse_circuit(std::string_view toml_text, std::string_view file_name);

// Adds the items of each questionnaire a station refers to as questions of that station (ids
// "<questionnaire>.<item>") and keeps the questionnaires for scoring. Throws CircuitError when
// a referenced questionnaire is not in `loaded`.
void attach_questionnaires(Circuit& circuit, std::vector<Questionnaire> loaded);

}  // namespace gc
