#pragma once
// A neighbourhood offer's who / where / when / cost / languages (and contact) as labelled lines,
// built in one place for the talk screen and the printed sheet.
#include "core/offers/offers.hpp"
#include "i18n/risk_words.hpp"  // Translator

#include <string>
#include <vector>

namespace gc::i18n {

struct OfferFact {
    std::string label;     // translated, "Wanneer:"
    std::string value;     // `when` and `cost` translated; names, addresses and numbers as written
    bool left_to_right;    // language codes and the phone number: keep them in LTR order in RTL text
};

// Who, where, when, cost, languages ("NL, TR, AR") and, with `with_contact`, the contact.
std::vector<OfferFact> offer_facts(const Offer& offer, const Translator& t, bool with_contact);
// The offer's name in the translator's language when the offers file gives it, else the Dutch.
std::string offer_name(const Offer& offer, const Translator& t);

}  // namespace gc::i18n
