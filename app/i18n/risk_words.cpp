#include "i18n/risk_words.hpp"

#include "i18n/format.hpp"
#include "i18n/i18n.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace gc::i18n {
namespace {

const char* dutch_text(const char* msgid) { return msgid; }
const char* dutch_plural(const char* singular, const char* plural, unsigned long n) { return n == 1 ? singular : plural; }

// printf with one whole number into a translated pattern.
std::string with_number(const char* pattern, long number) {
    char text[320];
    std::snprintf(text, sizeof text, pattern, number);
    return text;
}

}  // namespace

Translator current_translator() { return {tr, ntr, current_language().code}; }
Translator dutch_translator() { return {dutch_text, dutch_plural, source_language().code}; }

std::string risk_sentence(const Assessment& a, const Translator& t) {
    if (a.score2) {
        const long in_100 = std::lround(a.score2->risk_percent);
        return with_number(t.ntr("Van 100 mensen zoals u krijgt er ongeveer %ld binnen 10 jaar hart- of vaatziekte.",
                                 "Van 100 mensen zoals u krijgen er ongeveer %ld binnen 10 jaar hart- of vaatziekte.",
                                 static_cast<unsigned long>(std::max(0L, in_100))),
                           in_100);
    }
    return a.score2_reason ? std::string(t.text(a.score2_reason)) : std::string();
}

std::string heart_age_sentence(const Assessment& a, const Translator& t) {
    if (!a.heart_age) return {};
    // Whole years: more precision would suggest certainty the estimate lacks.
    return with_number(a.heart_age->capped ? t.text(N_("Uw hart en bloedvaten zijn ouder dan %ld jaar."))
                                           : t.text(N_("Uw hart en bloedvaten zijn ongeveer %ld jaar oud.")),
                       std::lround(a.heart_age->years));
}

std::string risk_words(const Assessment& a, const Translator& t) {
    const std::string risk = risk_sentence(a, t);
    const std::string age = heart_age_sentence(a, t);
    if (risk.empty() || age.empty()) return risk + age;
    return risk + " " + age;
}

std::string risk_method_nl(const Assessment& a) {
    if (!a.score2) return {};
    return a.score2->model + " · " + format_decimal(a.score2->risk_percent, 2, source_language()) + " %";
}

std::string heart_age_method_nl(const Assessment& a) {
    if (!a.heart_age) return {};
    const char* method = a.heart_age->method == "framingham" ? "Framingham BMI" : "SCORE2";
    return (a.heart_age->capped ? "> " : "") + format_decimal(a.heart_age->years, 1, source_language()) + " · " + method;
}

}  // namespace gc::i18n
