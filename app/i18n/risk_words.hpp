#pragma once
// The 10-year risk estimate and the heart age in words, built in ONE place for the summary
// screen, the read-aloud text and the printed sheet (participant's language and Dutch for the GP).
//
//   i18n::risk_words(assessment, i18n::current_translator())  // "Van 100 mensen zoals u ... 58 jaar oud."
//   i18n::risk_words(assessment, i18n::dutch_translator())    // the same in Dutch, whatever the language
#include "core/assessment.hpp"

#include <string>

namespace gc::i18n {

// How texts are translated: the current language (tr/ntr) or Dutch (the msgids themselves).
struct Translator {
    const char* (*text)(const char* msgid);
    const char* (*ntr)(const char* singular, const char* plural, unsigned long n);  // named so xgettext sees plurals
    std::string language;  // its code ("tr"), for texts that come from data files with their own translations
};
Translator current_translator();
Translator dutch_translator();

// "Van 100 mensen zoals u krijgen er ongeveer 6 binnen 10 jaar hart- of vaatziekte." (rounded to
// whole people), or the reason no estimate was made; empty when neither is known.
std::string risk_sentence(const Assessment& assessment, const Translator& t);
// "Uw hart en bloedvaten zijn ongeveer 58 jaar oud." (whole years; "ouder dan" when capped);
// empty without a heart age.
std::string heart_age_sentence(const Assessment& assessment, const Translator& t);
// Both, separated by a space (either may be missing).
std::string risk_words(const Assessment& assessment, const Translator& t);

// For the GP, unrounded and with the method: "SCORE2 · 6,37 %" (10-year risk) and
// "58,3 · SCORE2" / "58,3 · Framingham BMI" (heart age in years); empty when not computed.
std::string risk_method_nl(const Assessment& assessment);
std::string heart_age_method_nl(const Assessment& assessment);

}  // namespace gc::i18n
