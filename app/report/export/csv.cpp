#include "report/export/csv.hpp"

#include <cmath>
#include <cstdio>

namespace gc::exports {

std::string csv_text_field(std::string_view text) {
    std::string value(text);
    if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' ||
                           value[0] == '\t' || value[0] == '\r')) {
        value.insert(value.begin(), '\'');
    }
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string csv_number(std::optional<double> value, int decimals) {
    if (!value || !std::isfinite(*value)) return "";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, *value);  // "C" locale: never setlocale'd
    return buffer;
}

std::string to_csv(const CsvTable& table) {
    std::string out;
    const auto line = [&out](const std::vector<std::string>& fields, bool escape) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0) out += ',';
            out += escape ? csv_text_field(fields[i]) : fields[i];
        }
        out += "\r\n";
    };
    line(table.header, true);
    for (const auto& row : table.rows) line(row, false);
    return out;
}

}  // namespace gc::exports
