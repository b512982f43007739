#include "i18n/format.hpp"

#include <unicode/calendar.h>
#include <unicode/dtptngen.h>
#include <unicode/gregocal.h>
#include <unicode/numberformatter.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <cstdio>
#include <map>
#include <memory>
#include <stdexcept>

#include "i18n/unicode_controls.hpp"

namespace gc::i18n {
namespace {

// Measurements are read next to Western digits on devices and the sheet, also in Arabic.
icu::Locale latin_digits_locale(const Language& language) {
    icu::Locale locale(language.icu_locale.c_str());
    UErrorCode status = U_ZERO_ERROR;
    locale.setKeywordValue("numbers", "latn", status);
    return locale;
}

// Bidi marks ICU adds (e.g. around a minus sign in Arabic) have no glyph in the UI font; the
// screen orders text with visual_line() and the sheet with Pango, both without them.
std::string to_display_utf8(const icu::UnicodeString& text) {
    icu::UnicodeString clean;
    for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
        const UChar32 c = text.char32At(i);
        if (!detail::is_invisible_control(static_cast<char32_t>(c))) clean.append(c);
    }
    std::string out;
    clean.toUTF8String(out);
    return out;
}

void throw_if_failed(UErrorCode status, const char* what) {
    if (U_FAILURE(status)) throw std::runtime_error(std::string(what) + ": " + u_errorName(status));
}

// Building ICU's pattern generator costs far more than formatting a date, and the host board
// writes dates every frame: one formatter per language, kept per thread (ICU formatters are
// not shared across threads).
const icu::SimpleDateFormat& date_formatter(const icu::Locale& locale) {
    thread_local std::map<std::string, std::unique_ptr<icu::SimpleDateFormat>> formatters;
    std::unique_ptr<icu::SimpleDateFormat>& formatter = formatters[locale.getName()];
    if (!formatter) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::DateTimePatternGenerator> patterns(
            icu::DateTimePatternGenerator::createInstance(locale, status));
        throw_if_failed(status, "ICU date patterns");
        const icu::UnicodeString pattern = patterns->getBestPattern(icu::UnicodeString(u"dMMMMy"), status);
        throw_if_failed(status, "ICU date pattern");
        auto made = std::make_unique<icu::SimpleDateFormat>(pattern, locale, status);
        throw_if_failed(status, "ICU date format");
        made->setTimeZone(*icu::TimeZone::getGMT());
        formatter = std::move(made);
    }
    return *formatter;
}

}  // namespace

std::string format_decimal(double value, int decimals, const Language& language) {
    UErrorCode status = U_ZERO_ERROR;
    const auto formatted = icu::number::NumberFormatter::withLocale(latin_digits_locale(language))
                               .precision(icu::number::Precision::fixedFraction(decimals < 0 ? 0 : decimals))
                               .roundingMode(UNUM_ROUND_HALFUP)
                               .grouping(UNUM_GROUPING_OFF)
                               .formatDouble(value, status)
                               .toString(status);
    throw_if_failed(status, "ICU number formatting");
    return to_display_utf8(formatted);
}

std::string format_date(int year, int month, int day, const Language& language) {
    const icu::Locale locale = latin_digits_locale(language);
    UErrorCode status = U_ZERO_ERROR;
    // A date without time: computed and written in UTC so the day never shifts.
    icu::GregorianCalendar calendar(icu::TimeZone::getGMT()->clone(), locale, status);
    throw_if_failed(status, "ICU calendar");
    calendar.setLenient(false);
    calendar.clear();
    calendar.set(year, month - 1, day);
    const UDate when = calendar.getTime(status);
    if (U_FAILURE(status)) {
        throw std::invalid_argument("no such date: " + std::to_string(year) + "-" + std::to_string(month) + "-" +
                                    std::to_string(day));
    }

    icu::UnicodeString text;
    date_formatter(locale).format(when, text);
    return to_display_utf8(text);
}

std::string format_iso_date(const std::string& iso, const Language& language) {
    int y = 0, m = 0, d = 0;
    if (std::sscanf(iso.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3) {
        try {
            return format_date(y, m, d, language);
        } catch (const std::invalid_argument&) {
        }
    }
    return iso;
}

}  // namespace gc::i18n
