#include "pdf_tools.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>

namespace gc::test {

CommandResult run_command(const std::string& command) {
    CommandResult result;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) throw std::runtime_error("cannot run: " + command);
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), n);
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string quote(const std::filesystem::path& path) {
    std::string quoted = "'";
    for (const char c : path.string()) {
        if (c == '\'') quoted += "'\\''";
        else quoted += c;
    }
    return quoted + "'";
}

GreyImage render_page_grey(const std::filesystem::path& pdf, int dpi) {
    const std::filesystem::path stem = pdf.parent_path() / (pdf.stem().string() + "-grey");
    const auto r = run_command("pdftoppm -f 1 -l 1 -singlefile -gray -r " + std::to_string(dpi) + " " +
                               quote(pdf) + " " + quote(stem));
    if (r.exit_code != 0) throw std::runtime_error("pdftoppm failed on " + pdf.string());
    std::ifstream in(stem.string() + ".pgm", std::ios::binary);
    std::string magic;
    int max_value = 0;
    GreyImage image;
    in >> magic >> image.width >> image.height >> max_value;
    in.get();  // the single whitespace before the raster
    if (magic != "P5" || max_value != 255) throw std::runtime_error("unexpected PGM from pdftoppm");
    image.pixels.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height));
    in.read(reinterpret_cast<char*>(image.pixels.data()), static_cast<std::streamsize>(image.pixels.size()));
    if (!in) throw std::runtime_error("short PGM from pdftoppm");
    return image;
}

std::string pdf_text(const std::filesystem::path& pdf) {
    const auto r = run_command("pdftotext -layout " + quote(pdf) + " -");
    if (r.exit_code != 0) throw std::runtime_error("pdftotext failed on " + pdf.string());
    return r.output;
}

std::string pdf_text_flat(const std::filesystem::path& pdf) {
    const auto r = run_command("pdftotext " + quote(pdf) + " -");
    if (r.exit_code != 0) throw std::runtime_error("pdftotext failed on " + pdf.string());
    std::string flat;
    for (const char c : r.output) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
        if (space && (flat.empty() || flat.back() == ' ')) continue;
        flat += space ? ' ' : c;
    }
    return flat;
}

namespace {

double attribute(const std::string& tag, const std::string& name) {
    const auto at = tag.find(name + "=\"");
    if (at == std::string::npos) throw std::runtime_error("pdftotext -bbox: no " + name);
    return std::stod(tag.substr(at + name.size() + 2));
}

}  // namespace

std::vector<Word> pdf_words(const std::filesystem::path& pdf) {
    const auto r = run_command("pdftotext -bbox " + quote(pdf) + " -");
    if (r.exit_code != 0) throw std::runtime_error("pdftotext -bbox failed on " + pdf.string());
    std::vector<Word> words;
    int page = 0;
    std::size_t pos = 0;
    while ((pos = r.output.find('<', pos)) != std::string::npos) {
        const std::size_t close = r.output.find('>', pos);
        const std::string tag = r.output.substr(pos, close - pos + 1);
        if (tag.rfind("<page ", 0) == 0) ++page;
        if (tag.rfind("<word ", 0) == 0) {
            const std::size_t end = r.output.find("</word>", close);
            words.push_back({page, r.output.substr(close + 1, end - close - 1), attribute(tag, "xMin"),
                             attribute(tag, "yMin"), attribute(tag, "xMax"), attribute(tag, "yMax")});
        }
        pos = close;
    }
    return words;
}

std::vector<std::string> overlapping_words(const std::filesystem::path& pdf) {
    const auto words = pdf_words(pdf);
    constexpr double kTolerance = 0.5;  // pt
    std::vector<std::string> clashes;
    for (std::size_t i = 0; i < words.size(); ++i) {
        for (std::size_t j = i + 1; j < words.size(); ++j) {
            const auto& a = words[i];
            const auto& b = words[j];
            if (a.page != b.page) continue;
            const double dx = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
            const double dy = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
            if (dx > kTolerance && dy > kTolerance)
                clashes.push_back("page " + std::to_string(a.page) + ": '" + a.text + "' over '" + b.text + "'");
        }
    }
    return clashes;
}

std::vector<std::string> words_outside_page(const std::filesystem::path& pdf, double width_pt, double height_pt,
                                            double margin_pt) {
    constexpr double kTolerance = 1.0;  // pt: a glyph's box may reach a hair past its line
    std::vector<std::string> outside;
    for (const auto& w : pdf_words(pdf)) {
        if (w.x0 < margin_pt - kTolerance || w.y0 < 0 || w.x1 > width_pt - margin_pt + kTolerance ||
            w.y1 > height_pt - margin_pt + kTolerance)
            outside.push_back("page " + std::to_string(w.page) + ": '" + w.text + "' at " + std::to_string(w.x0) + "," +
                              std::to_string(w.y0) + "-" + std::to_string(w.x1) + "," + std::to_string(w.y1));
    }
    return outside;
}

std::vector<std::filesystem::path> render_pages_png(const std::filesystem::path& pdf, int dpi) {
    const std::filesystem::path stem = pdf.parent_path() / pdf.stem();
    const auto r = run_command("pdftoppm -png -r " + std::to_string(dpi) + " " + quote(pdf) + " " + quote(stem));
    if (r.exit_code != 0) throw std::runtime_error("pdftoppm failed on " + pdf.string());
    std::vector<std::filesystem::path> pages;
    for (int n = 1;; ++n) {
        const std::filesystem::path page = stem.string() + "-" + std::to_string(n) + ".png";
        if (!std::filesystem::exists(page)) break;
        pages.push_back(page);
    }
    return pages;
}

std::string pdf_page_size(const std::filesystem::path& pdf) {
    const auto r = run_command("pdfinfo " + quote(pdf));
    std::istringstream lines(r.output);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("Page size:", 0) == 0) {
            const auto start = line.find_first_not_of(' ', 10);
            return line.substr(start);
        }
    }
    throw std::runtime_error("pdfinfo gave no page size for " + pdf.string());
}

std::filesystem::path output_dir(const std::string& sub) {
    std::filesystem::path dir = std::filesystem::path(GC_TEST_OUTPUT_DIR) / "report";
    if (!sub.empty()) dir /= sub;
    std::filesystem::create_directories(dir);
    return dir;
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace gc::test
