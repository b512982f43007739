#include "core/flow/circuit.hpp"

#include "core/data_file.hpp"

#include <algorithm>
#include <set>

namespace gc {
namespace {

[[noreturn]] void fail(std::string_view file, const toml::node& where, const std::string& what) {
    data_file::fail<CircuitError>(file, where, what);
}

std::string required_string(std::string_view file, const toml::table& t, std::string_view key) {
    return data_file::required_text<CircuitError>(file, t, key);
}

double required_number(std::string_view file, const toml::table& t, std::string_view key) {
    auto value = t[key].value<double>();
    if (!value) fail(file, t, "missing number '" + std::string(key) + "'");
    return *value;
}

StationEntry parse_entry(std::string_view file, const toml::table& t) {
    StationEntry e;
    const std::string name = required_string(file, t, "measure");
    auto measure = measure_from_name(name);
    if (!measure) fail(file, t, "unknown measure '" + name + "'");
    e.measure = *measure;
    e.label = required_string(file, t, "label");
    e.min = required_number(file, t, "min");
    e.max = required_number(file, t, "max");
    if (!(e.min < e.max)) fail(file, t, "min must be below max");
    e.optional = t["optional"].value_or(false);
    return e;
}

Question parse_question(std::string_view file, const toml::table& t) {
    Question q;
    q.id = required_string(file, t, "id");
    q.text = required_string(file, t, "text");
    const auto* options = t.get_as<toml::array>("options");
    if (!options || options->empty()) fail(file, t, "question '" + q.id + "' has no options");
    for (const auto& option : *options) {
        // ["id", "label"] or ["id", "label", "pictogram"] (a name as in the questionnaires).
        const auto* parts = option.as_array();
        const bool strings = parts && (parts->size() == 2 || parts->size() == 3) &&
                             std::all_of(parts->begin(), parts->end(), [](const toml::node& n) { return n.is_string(); });
        if (!strings) fail(file, option, "an option is [\"id\", \"label\"] or [\"id\", \"label\", \"pictogram\"]");
        q.options.push_back({*(*parts)[0].value<std::string>(), *(*parts)[1].value<std::string>(),
                             parts->size() == 3 ? *(*parts)[2].value<std::string>() : std::string()});
    }
    return q;
}

Station parse_station(std::string_view file, const toml::table& t) {
    Station s;
    s.id = required_string(file, t, "id");
    const std::string kind = required_string(file, t, "kind");
    if (kind == "measure") {
        s.kind = StationKind::Measure;
    } else if (kind == "questions") {
        s.kind = StationKind::Questions;
    } else {
        fail(file, t, "unknown station kind '" + kind + "'");
    }
    s.pictogram = required_string(file, t, "pictogram");
    s.title = required_string(file, t, "title");
    s.instruction = required_string(file, t, "instruction");
    if (const auto* entries = t.get_as<toml::array>("entry")) {
        for (const auto& e : *entries) {
            if (const auto* et = e.as_table()) s.entries.push_back(parse_entry(file, *et));
        }
    }
    if (const auto* questions = t.get_as<toml::array>("question")) {
        for (const auto& q : *questions) {
            if (const auto* qt = q.as_table()) s.questions.push_back(parse_question(file, *qt));
        }
    }
    if (const auto* protocol = t.get_as<toml::table>("protocol")) {
        try {
            s.protocol = parse_station_protocol(*protocol);
        } catch (const std::runtime_error& e) {
            fail(file, *protocol, "station '" + s.id + "': " + e.what());
        }
        if (s.protocol.kind == ProtocolKind::Glucose) {
            const bool asked = std::any_of(s.questions.begin(), s.questions.end(),
                                           [&](const Question& q) { return q.id == s.protocol.glucose.question; });
            if (!asked) fail(file, *protocol, "station '" + s.id + "' has no question '" + s.protocol.glucose.question + "'");
        }
    }
    if (const auto* devices = t.get_as<toml::array>("devices")) {
        for (const auto& d : *devices) {
            auto id = d.value<std::string>();
            if (!id) fail(file, d, "devices are names (\"omron\")");
            s.devices.push_back(*id);
        }
    }
    if (const auto* list = t.get_as<toml::array>("questionnaires")) {
        for (const auto& n : *list) {
            const auto* name = n.as_string();
            if (!name || name->get().empty()) fail(file, n, "'questionnaires' is a list of names");
            s.questionnaires.push_back(name->get());
        }
    }
    if (s.kind == StationKind::Measure && s.entries.empty()) fail(file, t, "station '" + s.id + "' has no entries");
    if (s.kind == StationKind::Questions && s.questions.empty() && s.questionnaires.empty()) {
        fail(file, t, "station '" + s.id + "' has no questions");
    }
    return s;
}

Question question_of(const Questionnaire& q, const QuestionnaireItem& item) {
    Question out;
    out.id = qualified_item_id(q, item);
    out.text = item.text;
    out.questionnaire = q.id;
    out.scale = item.kind == ItemKind::Scale;
    out.low_label = item.low_label;
    out.high_label = item.high_label;
    for (const auto& o : item.options) out.options.push_back({o.id, o.label, o.pictogram});
    return out;
}

}  // namespace

const Questionnaire* Circuit::questionnaire(std::string_view id) const {
    for (const auto& q : questionnaires) {
        if (q.id == id) return &q;
    }
    return nullptr;
}

void attach_questionnaires(Circuit& circuit, std::vector<Questionnaire> loaded) {
    for (Station& s : circuit.stations) {
        for (const std::string& name : s.questionnaires) {
            auto q = std::find_if(loaded.begin(), loaded.end(), [&](const Questionnaire& x) { return x.id == name; });
            if (q == loaded.end()) throw CircuitError("station '" + s.id + "': no questionnaire '" + name + "'");
            for (const auto& item : q->items) s.questions.push_back(question_of(*q, item));
        }
    }
    circuit.questionnaires = std::move(loaded);
}

Circuit parse_circuit(std::string_view toml_text, std::string_view file_name) {
    const toml::table root = data_file::parse<CircuitError>(toml_text, file_name);
    Circuit circuit;
    const auto* stations = root.get_as<toml::array>("station");
    if (!stations || stations->empty()) throw CircuitError(std::string(file_name) + ": no [[station]] defined");
    std::set<std::string> ids;
    for (const auto& node : *stations) {
        const auto* t = node.as_table();
        if (!t) fail(file_name, node, "a station must be a table");
        Station s = parse_station(file_name, *t);
        if (!ids.insert(s.id).second) fail(file_name, *t, "station id '" + s.id + "' is used twice");
        circuit.stations.push_back(std::move(s));
    }
    return circuit;
}

}  // namespace gc
