#include "core/rules/meanings.hpp"

#include "core/translatable.hpp"

#include <utility>

namespace gc {
namespace {

// B1: short, active, one message per sentence; orange says "let op", never "te hoog".
constexpr std::pair<std::string_view, const char*> kMeanings[] = {
    {"bp_low", N_("Uw bloeddruk is laag. Dat is alleen belangrijk als u klachten heeft.")},
    {"bp_good", N_("Uw bloeddruk is goed.")},
    {"bp_raised", N_("Uw bloeddruk is wat hoog. Laat hem nog eens meten.")},
    {"bp_high", N_("Uw bloeddruk is hoog. Bespreek dit met uw huisarts.")},
    {"bp_very_high", N_("Uw bloeddruk is erg hoog. Bel vandaag nog uw huisarts.")},
    {"pulse_very_low", N_("Uw hartslag is erg laag. Bespreek dit met uw huisarts.")},
    {"pulse_low", N_("Uw hartslag is wat laag. Dat is vaak normaal als u veel sport.")},
    {"pulse_good", N_("Uw hartslag is goed.")},
    {"pulse_raised", N_("Uw hartslag is wat snel. Laat hem in rust nog eens meten.")},
    {"pulse_high", N_("Uw hartslag is erg snel. Bespreek dit met uw huisarts.")},
    {"glucose_good", N_("Uw bloedsuiker is goed.")},
    {"glucose_raised", N_("Uw bloedsuiker is wat hoog. Laat het nog eens meten in het lab.")},
    {"glucose_high", N_("Uw bloedsuiker is hoog. Uw huisarts laat het opnieuw meten in het lab.")},
    {"hba1c_good", N_("Uw lange bloedsuiker (HbA1c) is goed.")},
    {"hba1c_raised", N_("Uw lange bloedsuiker (HbA1c) is wat hoog. Let op uw eten en bewegen.")},
    {"hba1c_high", N_("Uw lange bloedsuiker (HbA1c) is hoog. Bespreek dit met uw huisarts.")},
    {"tc_good", N_("Uw cholesterol is goed.")},
    {"tc_raised", N_("Uw cholesterol is een aandachtspunt. Samen met andere metingen bepaalt het uw risico.")},
    {"tc_very_high", N_("Uw cholesterol is erg hoog. Bespreek dit met uw huisarts.")},
    {"ldl_good", N_("Uw LDL (slechte cholesterol) is goed.")},
    {"ldl_raised", N_("Uw LDL (slechte cholesterol) is een aandachtspunt.")},
    {"ldl_high", N_("Uw LDL (slechte cholesterol) is hoog. Bespreek dit met uw huisarts.")},
    {"hdl_good", N_("Uw HDL (goede cholesterol) is goed.")},
    {"hdl_low", N_("Uw HDL (goede cholesterol) is laag. Bewegen helpt om het hoger te maken.")},
    {"ratio_good", N_("De verhouding van uw cholesterol is goed.")},
    {"ratio_raised", N_("De verhouding van uw cholesterol is een aandachtspunt.")},
    {"ratio_high", N_("De verhouding van uw cholesterol is ongunstig. Bespreek dit met uw huisarts.")},
    {"bmi_low", N_("Uw gewicht is laag voor uw lengte.")},
    {"bmi_good", N_("Uw gewicht past goed bij uw lengte.")},
    {"bmi_over", N_("U heeft wat overgewicht. Gezond eten en bewegen helpen.")},
    {"bmi_obese", N_("U heeft veel overgewicht. Bespreek met uw huisarts wat u kunt doen.")},
    {"waist_good", N_("Uw buikomvang is goed.")},
    {"waist_raised", N_("Uw buikomvang is wat groot. Dat geeft meer kans op ziekte.")},
    {"waist_high", N_("Uw buikomvang is groot. Dat geeft veel meer kans op ziekte.")},
    {"fat_low", N_("U heeft weinig lichaamsvet.")},
    {"fat_good", N_("Uw vetpercentage is goed.")},
    {"fat_over", N_("U heeft wat veel lichaamsvet.")},
    {"fat_obese", N_("U heeft veel lichaamsvet. Bespreek met uw huisarts wat u kunt doen.")},
    {"visceral_good", N_("Het vet rond uw organen is goed.")},
    {"visceral_raised", N_("Er zit wat veel vet rond uw organen.")},
    {"visceral_high", N_("Er zit veel vet rond uw organen. Bespreek dit met uw huisarts.")},
};

}  // namespace

const char* meaning_text(std::string_view id) {
    for (const auto& [key, text] : kMeanings) {
        if (key == id) return text;
    }
    return nullptr;
}

}  // namespace gc
