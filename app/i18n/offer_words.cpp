#include "i18n/offer_words.hpp"

#include "i18n/i18n.hpp"

#include <algorithm>
#include <cctype>

namespace gc::i18n {
namespace {

std::string upper(std::string code) {
    std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return code;
}

}  // namespace

std::vector<OfferFact> offer_facts(const Offer& o, const Translator& t, bool with_contact) {
    std::string languages;
    for (const auto& l : o.languages) languages += (languages.empty() ? "" : ", ") + upper(l);
    std::vector<OfferFact> facts = {
        {t.text(N_("Wie:")), o.words_in(t.language).who, false},
        {t.text(N_("Waar:")), o.where, false},
        {t.text(N_("Wanneer:")), t.text(o.when.c_str()), false},
        {t.text(N_("Kosten:")), t.text(o.cost.c_str()), false},
        {t.text(N_("Talen:")), languages, true},
    };
    if (with_contact) facts.push_back({t.text(N_("Contact:")), o.contact, true});
    return facts;
}

std::string offer_name(const Offer& o, const Translator& t) { return o.words_in(t.language).name; }

}  // namespace gc::i18n
