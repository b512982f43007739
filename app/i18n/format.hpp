#pragma once
// Numbers and dates per language with ICU: one formatter for the screen and the printed sheet.
// Independent of the process locale (never setlocale(LC_NUMERIC) in the UI process).
#include <string>

#include "i18n/language.hpp"

namespace gc::i18n {

// value with exactly `decimals` decimals (half-up), the language's decimal sign, no grouping,
// always Western digits (measurements): nl "5,4", en "5.4", ar "5.4".
std::string format_decimal(double value, int decimals, const Language& language);

// A calendar date written out: nl "3 januari 2027", en "3 January 2027", tr "3 Ocak 2027".
// month 1..12, day 1..31; Western digits. Throws std::invalid_argument for an impossible date.
std::string format_date(int year, int month, int day, const Language& language);

// "2027-01-03" as format_date writes it; text that is no such date comes back as it was.
std::string format_iso_date(const std::string& iso, const Language& language);

}  // namespace gc::i18n
