#include "kiosk/sheet_builder.hpp"

#include "core/flow/assessment_input.hpp"
#include "i18n/format.hpp"
#include "i18n/i18n.hpp"

namespace gc::kiosk {
namespace {

report::Light report_light(Light light) {
    switch (light) {
        case Light::Green: return report::Light::good;
        case Light::Orange: return report::Light::attention;
        case Light::Red: return report::Light::high;
    }
    return report::Light::attention;
}

// The measures printed, in the order of the circuit, with their Dutch names (msgids).
struct PrintedMeasure {
    Measure measure;
    const char* label;
};
constexpr PrintedMeasure kPrinted[] = {
    {Measure::Systolic, N_("Bovendruk")},     {Measure::Diastolic, N_("Onderdruk")},
    {Measure::Pulse, N_("Hartslag")},         {Measure::Bmi, N_("Gewicht (BMI)")},
    {Measure::Waist, N_("Buikomvang")},       {Measure::BodyFatPercent, N_("Vetpercentage")},
    {Measure::Glucose, N_("Suiker")},         {Measure::TotalCholesterol, N_("Totaal cholesterol")},
    {Measure::Hdl, N_("Goed cholesterol (HDL)")},
};

}  // namespace

report::SheetContent build_sheet(const VisitDraft& visit, const Assessment& assessment, const std::string& date,
                                 const std::string& kiosk_id) {
    const i18n::Language& language = i18n::current_language();
    report::SheetContent sheet;
    sheet.right_to_left = language.rtl;
    sheet.show_dutch = language.code != "nl";
    sheet.headings = {_("Uw uitslagen"), _("Uw waarde"), _("Goed is"), _("Uitslag")};
    sheet.date = date;
    sheet.card_code = visit.card_code;
    sheet.ruleset_id = assessment.ruleset_id + " " + assessment.ruleset_version;
    sheet.kiosk_id = kiosk_id;
    for (const auto& printed : kPrinted) {
        const MeasureLight* light = assessment.light(light_key_for(printed.measure));
        if (!light) continue;
        // BMI is derived (weight and height); the others are printed as they were entered.
        const bool derived = printed.measure == Measure::Bmi;
        auto entered = visit.values.find(printed.measure);
        if (!derived && entered == visit.values.end()) continue;
        const double value = derived ? light->value : entered->second;
        report::SheetRow row;
        row.measure = std::string(measure_name(printed.measure));
        row.label = _(printed.label);
        row.label_nl = printed.label;
        row.value = i18n::format_decimal(value, measure_decimals(printed.measure), language);
        row.unit = std::string(measure_unit(printed.measure));
        row.range = light->range;
        row.light = report_light(light->colour);
        row.word = _(light_word(light->colour));
        row.word_nl = light_word(light->colour);
        row.sentence = _(light->meaning);
        row.device = N_("handmatig ingevoerd");
        sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

}  // namespace gc::kiosk
