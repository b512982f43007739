#pragma once
// The personal goal on the leefstijlroer and the neighbourhood offers that fit it
// (assets/offers/<place>.toml, edited by the coordinator; validated at load).
#include <array>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace gc {

// The six pillars of the leefstijlroer (Vereniging Arts en Leefstijl, clinical.md 4.3).
enum class LifestyleGoal { Movement, Food, Sleep, Relaxation, SmokingAlcohol, MeaningContacts };

inline constexpr std::array kLifestyleGoals = {LifestyleGoal::Movement,   LifestyleGoal::Food,
                                               LifestyleGoal::Sleep,      LifestyleGoal::Relaxation,
                                               LifestyleGoal::SmokingAlcohol, LifestyleGoal::MeaningContacts};

std::string_view goal_name(LifestyleGoal g);   // stable, stored: "movement", "food", ...
const char* goal_label(LifestyleGoal g);       // Dutch msgid
std::optional<LifestyleGoal> goal_from_name(std::string_view name);

enum class OfferKind { Sport, Welfare, Money, Smoking, MentalHealth, Food };
std::string_view offer_kind_name(OfferKind k);  // "sport", "welfare", "money", "smoking", "mental_health", "food"
const char* offer_kind_label(OfferKind k);      // Dutch msgid

// An offer's name and who-calls in another language, written by the coordinator in the offers
// file ([offer.tr] name = "..."): these are free texts, not in the gettext catalogs.
struct OfferWords {
    std::string name;
    std::string who;
};

struct Offer {
    std::string id;        // stable, stored with the referral
    std::string name;      // as the provider calls it, in Dutch
    OfferKind kind = OfferKind::Welfare;
    std::string who;       // the person or team who will call ("Buurtsportcoach Sanne")
    std::string contact;   // phone or e-mail of the provider
    std::string where;     // address (not translated)
    std::string when;      // days and times (Dutch msgid)
    std::string cost;      // Dutch msgid ("Gratis", "€ 2 per keer")
    std::vector<std::string> languages;  // language codes spoken ("nl", "tr", ...)
    std::vector<LifestyleGoal> goals;    // goals it fits
    std::map<std::string, OfferWords, std::less<>> translations;  // by language code; may be partial

    // Name and who in `language`; the Dutch text for what the file does not translate.
    OfferWords words_in(std::string_view language) const;
};

struct OfferCatalog {
    std::string place;
    std::string file;  // the file's name without directory and .toml ("utrecht-overvecht")
    std::vector<Offer> offers;

    const Offer* find(std::string_view id) const;
    // The offers that fit the goal, in file order.
    std::vector<const Offer*> matching(LifestyleGoal goal) const;
};

class OfferError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws OfferError naming the file and line of the first problem (unknown kind or goal, a
// missing contact, an id used twice, ...).
OfferCatalog parse_offers(std::string_view toml_text, std::string_view file_name);

// The offers of the session's place (issue 7: assets/offers/<place>.toml): the catalog whose
// `place` is `place` (case and spacing aside) or whose file name is it written as a name
// ("Utrecht Overvecht" -> utrecht-overvecht). None matching (or no place): every catalog
// merged in order, the first of an id kept, and `matched` false so the caller can log it.
struct ChosenOffers {
    OfferCatalog catalog;
    bool matched = false;
};
ChosenOffers offers_for_place(const std::vector<OfferCatalog>& catalogs, std::string_view place);

}  // namespace gc
