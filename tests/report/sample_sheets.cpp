#include "sample_sheets.hpp"

namespace gc::test {

using report::Light;
using report::SheetContent;

SheetContent dutch_sheet() {
    SheetContent s;
    s.headings = {"Uw uitslagen", "Uw waarde", "Goed is", "Uitslag", "Vorige keer", ""};
    s.show_dutch = false;
    s.date = "22-11-2026";
    s.card_code = "7K3QX0PM4";
    s.ruleset_id = "nl-2024.1";
    s.kiosk_id = "kiosk-buurthuis-1";
    s.rows = {
        {"systolic", "Bovendruk", "Bovendruk", "142", "mmHg", "90 – 139", Light::attention, "Let op", "Let op",
         "Uw bovendruk is wat hoog. Laat hem over een paar weken opnieuw meten.", "Omron M500 · 2023110045", "", "", ""},
        {"diastolic", "Onderdruk", "Onderdruk", "84", "mmHg", "60 – 89", Light::good, "Goed", "Goed",
         "Uw onderdruk is goed.", "Omron M500 · 2023110045", "", "", ""},
        {"bmi", "BMI", "BMI", "31,2", "kg/m²", "18,5 – 24,9", Light::high, "Te hoog", "Te hoog",
         "Uw gewicht is te hoog voor uw lengte. Praat met de leefstijlcoach.", "Tanita BC-545N · 77812", "", "", ""},
        {"glucose", "Suiker in het bloed", "Glucose", "5,4", "mmol/L", "4,0 – 7,7", Light::good, "Goed", "Goed",
         "Uw bloedsuiker is goed.", "Contour Next · 55190", "", "", ""},
    };
    return s;
}

SheetContent arabic_sheet() {
    SheetContent s = dutch_sheet();
    s.right_to_left = true;
    s.show_dutch = true;
    s.headings = {"نتائجك", "قيمتك", "الجيد هو", "النتيجة", "المرة السابقة", ""};
    s.rows[0].label = "الضغط الانقباضي";
    s.rows[0].word = "انتبه";
    s.rows[0].sentence = "ضغط الدم لديك مرتفع قليلاً. قم بقياسه مرة أخرى بعد بضعة أسابيع.";
    s.rows[1].label = "الضغط الانبساطي";
    s.rows[1].word = "جيد";
    s.rows[1].sentence = "ضغط الدم الانبساطي لديك جيد.";
    s.rows[2].label = "مؤشر كتلة الجسم";
    s.rows[2].word = "مرتفع";
    s.rows[2].sentence = "وزنك مرتفع بالنسبة لطولك. تحدث مع مدرب نمط الحياة.";
    s.rows[3].label = "السكر في الدم";
    s.rows[3].word = "جيد";
    s.rows[3].sentence = "نسبة السكر في دمك جيدة.";
    return s;
}

SheetContent turkish_sheet() {
    SheetContent s = dutch_sheet();
    s.show_dutch = true;
    s.headings = {"Sonuçlarınız", "Değeriniz", "İyi olan", "Sonuç", "Önceki sefer", ""};
    s.rows[0].label = "Büyük tansiyon";
    s.rows[0].word = "Dikkat";
    s.rows[0].sentence = "Büyük tansiyonunuz biraz yüksek. Birkaç hafta sonra tekrar ölçtürün.";
    s.rows[1].label = "Küçük tansiyon";
    s.rows[1].word = "İyi";
    s.rows[1].sentence = "Küçük tansiyonunuz iyi.";
    s.rows[2].label = "Vücut kitle indeksi";
    s.rows[2].word = "Çok yüksek";
    s.rows[2].sentence = "Boyunuza göre kilonuz çok yüksek. Yaşam tarzı koçuyla konuşun.";
    s.rows[3].label = "Kan şekeri";
    s.rows[3].word = "İyi";
    s.rows[3].sentence = "Kan şekeriniz iyi.";
    return s;
}

SheetContent follow_up_sheet() {
    SheetContent s = dutch_sheet();
    s.headings.previous_date = "20 mei 2026";
    const char* previous[] = {"151", "96", "30,0", "6,3"};
    for (std::size_t i = 0; i < s.rows.size(); ++i) s.rows[i].previous = previous[i];
    report::SheetPlan p;
    p.title = "Uw gezondheid en uw plan";
    p.health_heading = "Positieve Gezondheid";
    p.dimensions = {"Lichaamsfuncties", "Mentaal welbevinden", "Zingeving", "Kwaliteit van leven", "Meedoen",
                    "Dagelijks functioneren"};
    p.health_now = {7.0, 7.5, 8.0, 7.0, 6.0, 8.0};
    p.health_then = {5.0, 6.0, 4.0, 6.0, 3.0, 7.0};
    p.health_values = {"5 → 7", "6 → 7,5", "4 → 8", "6 → 7", "3 → 6", "7 → 8"};
    p.now_word = "Nu";
    p.then_word = "Vorige keer";
    p.goal_heading = "Uw doel";
    p.goal = "Elke dag 30 minuten wandelen";
    p.offers_heading = "Waar u terecht kunt";
    p.offers = {{"Buurtsportcoach Noord", "Sanne de Vries, 06 1234 5678"}};
    p.dates_heading = "Afspraken";
    p.dates = {{"Wij bellen u", "3 januari 2027"}, {"Kom terug voor een nieuwe meting", "22 mei 2027"}};
    p.consents_heading = "Toestemming";
    p.consents = {{"Mogen we uw uitslagen naar uw eigen huisarts sturen?", "Ja"},
                  {"Mogen we uw uitslagen zonder naam gebruiken voor onderzoek?", "Nee"}};
    s.plan = p;
    s.plan_nl = p;
    return s;
}

}  // namespace gc::test
