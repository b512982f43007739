#pragma once
// The station circuit of a session, parsed from assets/stations/*.toml.
#include "core/flow/guided.hpp"
#include "core/measure.hpp"

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
};

struct Question {
    std::string id;  // stable, stored ("smoker", ...)
    std::string text;
    std::vector<AnswerOption> options;
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
    StationProtocol protocol;          // guided measurement; kind None: values as typed
    std::vector<std::string> devices;  // device ids whose readings belong here ("omron")
};

struct Circuit {
    std::vector<Station> stations;
};

class CircuitError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws CircuitError naming the file and line of the first problem.
Circuit parse_circuit(std::string_view toml_text, std::string_view file_name);

}  // namespace gc
