#include "report/sheet_from_store.hpp"

#include "core/flow/assessment_input.hpp"
#include "core/questionnaire_scores/positive_health.hpp"
#include "i18n/format.hpp"
#include "i18n/i18n.hpp"
#include "i18n/offer_words.hpp"
#include "i18n/risk_words.hpp"

#include <charconv>
#include <cmath>
#include <ctime>
#include <optional>

namespace gc::report {
namespace {

using store::Result;

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

constexpr const char* kManual = N_("handmatig ingevoerd");

struct Date {
    int year, month, day;
};

Date local_date(store::WallTime at) {
    const std::time_t seconds = static_cast<std::time_t>(at.time_since_epoch().count() / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::string written_date(const Date& d, const i18n::Language& language) {
    return i18n::format_date(d.year, d.month, d.day, language);
}

// What one visit holds, read in one go.
struct VisitFacts {
    store::Visit visit;
    Date date{};
    VisitDraft draft;                      // values (latest per measure), profile, circuit answers
    std::map<Measure, std::string> device; // "Omron M500 · SN123" or empty for a manual entry
    std::array<std::optional<double>, 6> health;
    std::optional<Assessment> assessment;
};

std::optional<double> grade(const std::string& text) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !(value >= 0 && value <= 10)) return std::nullopt;
    return value;
}

Result<VisitFacts> read_facts(store::Store& store, const store::Visit& visit, const store::Participant& participant,
                              const Ruleset& rules) {
    VisitFacts facts;
    facts.visit = visit;
    facts.date = local_date(visit.started);
    facts.draft.card_code = participant.card_code;
    facts.draft.profile.sex = participant.info.sex;
    facts.draft.profile.birth_year = participant.info.birth_year;
    facts.draft.profile.origin = participant.info.origin.value_or(OriginGroup::Unknown);
    auto measurements = store.measurements_of(visit.id);
    if (!measurements) return measurements.error();
    for (const auto& stored : measurements.value()) {  // oldest first: a re-measurement wins
        facts.draft.values[stored.record.measure] = stored.record.value;
        const auto* device = std::get_if<store::DeviceSource>(&stored.record.source);
        facts.device[stored.record.measure] = device ? device->model + " · " + device->serial : std::string();
    }
    auto answers = store.answers_of(visit.id, kCircuitQuestionnaire);
    if (!answers) return answers.error();
    for (const auto& answer : answers.value()) facts.draft.answers[answer.question_id] = answer.value;
    auto health = store.answers_of(visit.id, kPositiveHealthQuestionnaire);
    if (!health) return health.error();
    for (const auto& answer : health.value()) {
        for (std::size_t d = 0; d < kHealthDimensions.size(); ++d) {
            if (answer.question_id == health_dimension_name(kHealthDimensions[d])) facts.health[d] = grade(answer.value);
        }
    }
    if (!facts.draft.values.empty()) facts.assessment = assess(rules, assessment_input(facts.draft, facts.date.year));
    return facts;
}

// The printed value of a measure: BMI is derived (from weight and height), the rest as entered.
std::optional<double> printed_value(const VisitFacts& facts, Measure measure) {
    if (!facts.assessment) return std::nullopt;
    const MeasureLight* light = facts.assessment->light(light_key_for(measure));
    if (measure == Measure::Bmi) return light ? std::optional<double>(light->value) : std::nullopt;
    auto entered = facts.draft.values.find(measure);
    if (entered == facts.draft.values.end()) return std::nullopt;
    return entered->second;
}

report::Light report_light(gc::Light light) {
    switch (light) {
    case gc::Light::Green: return report::Light::good;
    case gc::Light::Orange: return report::Light::attention;
    case gc::Light::Red: return report::Light::high;
    }
    return report::Light::attention;
}

std::vector<SheetRow> rows_of(const VisitFacts& now, const VisitFacts* then, const i18n::Language& language) {
    std::vector<SheetRow> rows;
    if (!now.assessment) return rows;
    for (const auto& printed : kPrinted) {
        const MeasureLight* light = now.assessment->light(light_key_for(printed.measure));
        const auto value = printed_value(now, printed.measure);
        if (!light || !value) continue;
        const int decimals = measure_decimals(printed.measure);
        SheetRow row;
        row.measure = std::string(measure_name(printed.measure));
        row.label = _(printed.label);
        row.label_nl = printed.label;
        row.value = i18n::format_decimal(*value, decimals, language);
        row.value_nl = i18n::format_decimal(*value, decimals, i18n::source_language());
        row.unit = std::string(measure_unit(printed.measure));
        row.range = light->range;
        row.light = report_light(light->colour);
        row.word = _(light_word(light->colour));
        row.word_nl = light_word(light->colour);
        row.sentence = _(light->meaning);
        const auto device = now.device.find(printed.measure);
        row.device = device != now.device.end() && !device->second.empty() ? device->second : kManual;
        if (then) {
            if (const auto before = printed_value(*then, printed.measure)) {
                row.previous = i18n::format_decimal(*before, decimals, language);
                row.previous_nl = i18n::format_decimal(*before, decimals, i18n::source_language());
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

// What the plan page needs besides the two visits.
struct PlanFacts {
    std::vector<store::Goal> goals;
    std::vector<store::Referral> referrals;
    std::vector<store::FollowUp> follow_ups;
    std::optional<store::Consents> consents;
};

// One chosen offer: its name, then who / where / when / cost / languages / contact, one a line.
SheetLine offer_line(const store::Referral& referral, const OfferCatalog& offers, const i18n::Translator& t,
                     bool right_to_left) {
    const Offer* offer = offers.find(referral.offer);
    if (!offer) {  // not in this place's file (any more): what the store holds
        std::string text = referral.who_calls;
        if (!referral.note.empty()) text += (text.empty() ? "" : "\n") + referral.note;
        return {referral.offer, text};
    }
    std::string text;
    for (const auto& fact : i18n::offer_facts(*offer, t, true)) {
        // Phone numbers and language codes keep their order inside a right-to-left line.
        const std::string value = right_to_left && fact.left_to_right ? "\u2066" + fact.value + "\u2069" : fact.value;
        text += (text.empty() ? "" : "\n") + fact.label + " " + value;
    }
    if (!referral.note.empty()) text += "\n" + referral.note;
    return {i18n::offer_name(*offer, t), text};
}

std::string grade_text(const std::optional<double>& value, const i18n::Language& language) {
    if (!value) return "–";
    const bool whole = std::abs(*value - std::round(*value)) < 0.05;
    return i18n::format_decimal(*value, whole ? 0 : 1, language);
}

// The same plan in the participant's language (translate = i18n::tr) and in Dutch for the GP.
SheetPlan plan_of(const VisitFacts& now, const VisitFacts* then, const PlanFacts& facts, const OfferCatalog& offers,
                  const i18n::Translator& translator, const i18n::Language& language) {
    const auto t = translator.text;
    SheetPlan p;
    p.title = t(N_("Uw gezondheid en uw plan"));
    p.health_heading = t(N_("Positieve Gezondheid"));
    p.now_word = t(N_("Nu"));
    p.then_word = t(N_("Vorige keer"));
    p.health_now = now.health;
    if (then) p.health_then = then->health;
    for (std::size_t d = 0; d < kHealthDimensions.size(); ++d) {
        p.dimensions[d] = t(health_dimension_label(kHealthDimensions[d]));
        p.health_values[d] = grade_text(p.health_now[d], language);
        if (p.health_then[d]) p.health_values[d] = grade_text(p.health_then[d], language) + " → " + p.health_values[d];
    }
    p.goal_heading = t(N_("Uw doel"));
    if (!facts.goals.empty()) p.goal = facts.goals.back().text;
    p.offers_heading = t(N_("Waar u terecht kunt"));
    for (const auto& referral : facts.referrals) p.offers.push_back(offer_line(referral, offers, translator, language.rtl));
    p.dates_heading = t(N_("Afspraken"));
    for (const auto& follow_up : facts.follow_ups) {
        const char* label = nullptr;
        if (follow_up.kind == kCallSixWeeks) label = N_("Wij bellen u");
        if (follow_up.kind == kReturnSixMonths) label = N_("Kom terug voor een nieuwe meting");
        if (label) p.dates.push_back({t(label), i18n::format_iso_date(follow_up.due_date, language)});
    }
    p.consents_heading = t(N_("Toestemming"));
    if (facts.consents) {
        const auto answer = [t](bool yes) { return std::string(t(yes ? N_("Ja") : N_("Nee"))); };
        p.consents = {
            {t(N_("Mogen we uw uitslagen naar uw eigen huisarts sturen?")), answer(facts.consents->share_with_gp)},
            {t(N_("Mogen we uw uitslagen zonder naam gebruiken voor cijfers over de wijk?")),
             answer(facts.consents->municipality_anonymous)},
            {t(N_("Mogen we uw uitslagen zonder naam gebruiken voor onderzoek?")), answer(facts.consents->research)},
        };
    }
    return p;
}

Result<PlanFacts> read_plan(store::Store& store, store::VisitId visit) {
    PlanFacts facts;
    auto goals = store.goals_of(visit);
    if (!goals) return goals.error();
    facts.goals = std::move(goals).value();
    auto referrals = store.referrals_of(visit);
    if (!referrals) return referrals.error();
    facts.referrals = std::move(referrals).value();
    auto follow_ups = store.follow_ups_of(visit);
    if (!follow_ups) return follow_ups.error();
    facts.follow_ups = std::move(follow_ups).value();
    auto consents = store.consents_of(visit);
    if (!consents) return consents.error();
    facts.consents = std::move(consents).value();
    return facts;
}

// The risk in words in the participant's language and in Dutch, and the method for the GP.
SheetRisk risk_of(const VisitFacts& now) {
    SheetRisk risk;
    if (!now.assessment) return risk;
    const Assessment& a = *now.assessment;
    constexpr const char* kHeading = N_("Uw hart en bloedvaten");
    risk.heading = _(kHeading);
    risk.heading_nl = kHeading;
    risk.text = i18n::risk_words(a, i18n::current_translator());
    risk.text_nl = i18n::risk_words(a, i18n::dutch_translator());
    if (const std::string method = i18n::risk_method_nl(a); !method.empty())
        risk.method_nl.push_back({N_("Risico in 10 jaar"), method});
    if (const std::string method = i18n::heart_age_method_nl(a); !method.empty())
        risk.method_nl.push_back({N_("Hartleeftijd (jaar)"), method});
    return risk;
}

// The participant's language for the length of one sheet; the UI's language comes back after.
class LanguageScope {
public:
    explicit LanguageScope(const std::string& code) : m_previous(i18n::current_language().code) {
        i18n::set_language(code);  // unknown: stays in the current language
    }
    ~LanguageScope() { i18n::set_language(m_previous); }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

private:
    std::string m_previous;
};

}  // namespace

Result<SheetContent> sheet_from_store(store::Store& store, store::VisitId visit_id, const Ruleset& rules,
                                      const std::string& kiosk_id, const std::vector<OfferCatalog>& offers) {
    auto visit = store.find_visit(visit_id);
    if (!visit) return visit.error();
    auto participant = store.find_participant(visit.value().participant);
    if (!participant) return participant.error();
    auto visits = store.visits_of(participant.value().id);
    if (!visits) return visits.error();
    auto plan = read_plan(store, visit_id);
    if (!plan) return plan.error();
    auto session = store.find_session(visit.value().session);
    if (!session) return session.error();
    const OfferCatalog catalog = offers_for_place(offers, session.value().info.place).catalog;

    auto now = read_facts(store, visit.value(), participant.value(), rules);
    if (!now) return now.error();
    std::optional<VisitFacts> then;
    for (const auto& earlier : visits.value()) {  // oldest first: the last earlier one wins
        if (earlier.id.value >= visit_id.value) continue;
        auto facts = read_facts(store, earlier, participant.value(), rules);
        if (!facts) return facts.error();
        if (facts.value().assessment) then = std::move(facts).value();
    }
    const VisitFacts* previous = then ? &*then : nullptr;

    LanguageScope scope(participant.value().info.language);
    const i18n::Language& language = i18n::current_language();
    SheetContent sheet;
    sheet.right_to_left = language.rtl;
    sheet.show_dutch = language.code != "nl";
    sheet.headings = {_("Uw uitslagen"), _("Uw waarde"), _("Goed is"), _("Uitslag"), _("Vorige keer"),
                      previous ? written_date(previous->date, language) : std::string()};
    sheet.date = written_date(now.value().date, language);
    sheet.date_nl = written_date(now.value().date, i18n::source_language());
    sheet.card_code = participant.value().card_code;
    if (now.value().assessment)
        sheet.ruleset_id = now.value().assessment->ruleset_id + " " + now.value().assessment->ruleset_version;
    sheet.kiosk_id = kiosk_id;
    sheet.rows = rows_of(now.value(), previous, language);
    sheet.risk = risk_of(now.value());
    sheet.plan = plan_of(now.value(), previous, plan.value(), catalog, i18n::current_translator(), language);
    sheet.plan_nl = plan_of(now.value(), previous, plan.value(), catalog, i18n::dutch_translator(), i18n::source_language());
    return sheet;
}

Result<store::VisitId> latest_visit(store::Store& store, std::string_view card_code) {
    auto participant = store.find_participant(card_code);
    if (!participant) return participant.error();
    auto visits = store.visits_of(participant.value().id);
    if (!visits) return visits.error();
    if (visits.value().empty()) return store::StoreError{store::ErrorKind::NotFound, "participant has no visit"};
    return visits.value().back().id;
}

}  // namespace gc::report
