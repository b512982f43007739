#include "report/export/research.hpp"

#include "report/export/anonymise.hpp"

#include <set>

namespace gc::exports {

ResearchTable research_table(const std::vector<VisitRecord>& visits, std::string_view pseudonym_key) {
    ResearchTable table;
    std::set<std::string> answer_columns;
    for (const auto& v : visits) {
        if (!v.shares_for_research()) continue;
        for (const auto& [questionnaire, answers] : v.answers) {
            for (const auto& a : answers) answer_columns.insert(questionnaire + "." + a.question_id);
        }
    }
    table.csv.header = {"pseudonym", "session_month", "follow_up_session", "sex", "age_band", "origin"};
    for (auto m : kAllMeasures) table.csv.header.emplace_back(measure_name(m));
    table.csv.header.insert(table.csv.header.end(), answer_columns.begin(), answer_columns.end());

    for (const auto& v : visits) {
        if (!v.shares_for_research()) {
            ++table.skipped;
            continue;
        }
        ++table.visits;
        const auto& info = v.participant.info;
        std::vector<std::string> row = {
            pseudonym(pseudonym_key, v.participant.card_code),
            csv_text_field(v.session.info.date.substr(0, 7)),
            v.session.info.follow_up_of ? "yes" : "no",
            info.sex ? std::string(sex_name(*info.sex)) : "",
            age_band(v.age()),
            info.origin ? std::string(origin_name(*info.origin)) : "",
        };
        for (auto m : kAllMeasures) row.push_back(csv_number(v.latest(m), measure_decimals(m)));
        for (const auto& column : answer_columns) {
            std::string value;
            for (const auto& [questionnaire, answers] : v.answers) {
                for (const auto& a : answers) {
                    if (questionnaire + "." + a.question_id == column) value = a.value;
                }
            }
            row.push_back(csv_text_field(value));
        }
        table.csv.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace gc::exports
