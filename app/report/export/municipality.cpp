#include "report/export/municipality.hpp"

#include "report/export/anonymise.hpp"

#include <map>

namespace gc::exports {
namespace {

const std::vector<std::string> kSexes = {"female", "male", "unknown"};
constexpr const char* kAll = "all";

std::string sex_of(const VisitRecord& v) {
    return v.participant.info.sex ? std::string(sex_name(*v.participant.info.sex)) : "unknown";
}

// One session's cells: (sex or "all") x (age band or "all"), with their sum relations.
struct SessionGrid {
    std::vector<std::string> sexes;  // kSexes + "all"
    std::vector<std::string> bands;  // all_age_bands() + "all"
    std::vector<std::vector<const VisitRecord*>> members;

    SessionGrid() : sexes(kSexes), bands(all_age_bands()) {
        sexes.emplace_back(kAll);
        bands.emplace_back(kAll);
        members.resize(sexes.size() * bands.size());
    }
    std::size_t cell(std::size_t sex, std::size_t band) const { return sex * bands.size() + band; }

    void add(const VisitRecord& v) {
        const auto sex = index_of(sexes, sex_of(v));
        const auto band = index_of(bands, age_band(v.age()));
        const auto all_sex = sexes.size() - 1;
        const auto all_band = bands.size() - 1;
        for (auto s : {sex, all_sex}) {
            for (auto b : {band, all_band}) members[cell(s, b)].push_back(&v);
        }
    }

    std::vector<SumRelation> relations() const {
        const auto all_sex = sexes.size() - 1;
        const auto all_band = bands.size() - 1;
        std::vector<SumRelation> r;
        for (std::size_t s = 0; s < sexes.size(); ++s) {  // a row: over the age bands
            SumRelation row{cell(s, all_band), {}};
            for (std::size_t b = 0; b < all_band; ++b) row.parts.push_back(cell(s, b));
            r.push_back(row);
        }
        for (std::size_t b = 0; b < bands.size(); ++b) {  // a column: over the sexes
            SumRelation column{cell(all_sex, b), {}};
            for (std::size_t s = 0; s < all_sex; ++s) column.parts.push_back(cell(s, b));
            r.push_back(column);
        }
        return r;
    }

    static std::size_t index_of(const std::vector<std::string>& list, const std::string& value) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (list[i] == value) return i;
        }
        return list.size() - 1;
    }
};

std::vector<std::string> header() {
    std::vector<std::string> h = {"session_date", "place", "group_type", "sex", "age_band", "people"};
    for (auto m : kAllMeasures) h.push_back("mean_" + std::string(measure_name(m)));
    return h;
}

std::string mean_of(const std::vector<const VisitRecord*>& people, Measure m) {
    double sum = 0;
    int n = 0;
    for (const auto* v : people) {
        if (auto value = v->latest(m)) {
            sum += *value;
            ++n;
        }
    }
    if (n < kMinCellSize) return "";
    return csv_number(sum / n, measure_decimals(m) + 1);
}

}  // namespace

MunicipalityTable municipality_table(const std::vector<VisitRecord>& visits) {
    MunicipalityTable table;
    table.csv.header = header();
    std::map<std::int64_t, std::pair<const store::Session*, SessionGrid>> sessions;
    for (const auto& v : visits) {
        if (!v.shares_with_municipality()) {
            ++table.skipped;
            continue;
        }
        ++table.people;
        auto& entry = sessions[v.session.id.value];
        entry.first = &v.session;
        entry.second.add(v);
    }
    for (const auto& [id, entry] : sessions) {
        const auto& [session, grid] = entry;
        std::vector<int> counts;
        for (const auto& m : grid.members) counts.push_back(static_cast<int>(m.size()));
        const auto hidden = suppress_small_cells(counts, grid.relations());
        for (std::size_t s = 0; s < grid.sexes.size(); ++s) {
            for (std::size_t b = 0; b < grid.bands.size(); ++b) {
                const auto c = grid.cell(s, b);
                if (counts[c] == 0 || hidden[c]) continue;  // unpublished: empty and suppressed look alike
                std::vector<std::string> row = {csv_text_field(session->info.date), csv_text_field(session->info.place),
                                                std::string(store::group_type_name(session->info.group_type)),
                                                grid.sexes[s], grid.bands[b],
                                                std::to_string(counts[c])};
                for (auto m : kAllMeasures) row.push_back(mean_of(grid.members[c], m));
                table.csv.rows.push_back(std::move(row));
            }
        }
    }
    return table;
}

}  // namespace gc::exports
