#pragma once
// CSV as RFC 4180 (comma, CRLF, quotes doubled, UTF-8), numbers with a decimal point. A text
// field that a spreadsheet would run as a formula (starting with = + - @ or a tab) gets a
// leading apostrophe: names and notes typed at the kiosk are never executed.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gc::exports {

struct CsvTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;  // fields made by csv_text_field / csv_number
};

std::string csv_text_field(std::string_view text);    // quoted if needed, formula-guarded
std::string csv_number(std::optional<double> value, int decimals);  // "" when missing
std::string to_csv(const CsvTable& table);

}  // namespace gc::exports
