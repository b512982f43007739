// bench_report: how long the card and the sheet take to render, cold (first document in the
// process: fontconfig and Pango start up) and warm (median of the next ones). Prints
// `name=value unit` lines; never fails because something was slow (issue 8 target: warm sheet
// <= 30 ms).
#include "report/card.hpp"
#include "report/clinical_codes.hpp"
#include "report/qr.hpp"
#include "report/sheet.hpp"
#include "sample_sheets.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>
#include <vector>

namespace {

constexpr int kWarmRuns = 20;

double ms_of(const std::function<void()>& work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double median_ms(const std::function<void()>& work) {
    std::vector<double> times;
    for (int i = 0; i < kWarmRuns; ++i) times.push_back(ms_of(work));
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void print(const char* name, double value, const char* unit) { std::printf("%s=%.2f %s\n", name, value, unit); }

}  // namespace

int main() {
    std::ifstream in(GC_CODES_FILE);
    std::stringstream text;
    text << in.rdbuf();
    const auto codes = gc::report::parse_clinical_codes(text.str(), GC_CODES_FILE);
    const auto nl = gc::test::dutch_sheet();
    const auto ar = gc::test::arabic_sheet();
    const auto full = gc::test::follow_up_sheet();
    std::size_t bytes = 0;

    print("card_render_cold", ms_of([&] { bytes = gc::report::render_card_pdf("7K3QX0PM4").size(); }), "ms");
    print("card_render_warm", median_ms([&] { gc::report::render_card_pdf("7K3QX0PM4"); }), "ms");
    print("card_pdf_size", static_cast<double>(bytes) / 1024.0, "KiB");
    print("sheet_nl_render_first", ms_of([&] { bytes = gc::report::render_sheet_pdf(nl, codes).size(); }), "ms");
    print("sheet_nl_render_warm", median_ms([&] { gc::report::render_sheet_pdf(nl, codes); }), "ms");
    print("sheet_nl_pdf_size", static_cast<double>(bytes) / 1024.0, "KiB");
    print("sheet_ar_render_first", ms_of([&] { gc::report::render_sheet_pdf(ar, codes); }), "ms");
    print("sheet_ar_render_warm", median_ms([&] { gc::report::render_sheet_pdf(ar, codes); }), "ms");
    print("sheet_follow_up_render_warm", median_ms([&] { gc::report::render_sheet_pdf(full, codes); }), "ms");
    print("qr_encode_warm", median_ms([] { gc::report::encode_qr("7K3QX0PM4"); }), "ms");
    return 0;
}
