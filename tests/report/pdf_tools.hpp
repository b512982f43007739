#pragma once
// Looking at rendered PDFs the way a person would: poppler's pdftotext and pdftoppm.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace gc::test {

struct CommandResult {
    int exit_code = -1;
    std::string output;  // stdout
};

// Runs a shell command; arguments must already be quoted by the caller (quote()).
CommandResult run_command(const std::string& command);
std::string quote(const std::filesystem::path& path);

struct GreyImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;  // row-major, stride == width
};

// Page 1 at `dpi`, 8-bit grey (pdftoppm -gray writes a binary PGM).
GreyImage render_page_grey(const std::filesystem::path& pdf, int dpi);
std::string pdf_text(const std::filesystem::path& pdf);
// All text of the document in reading order, every run of white space (line ends of wrapped
// cells included) made one space: for phrases that may wrap.
std::string pdf_text_flat(const std::filesystem::path& pdf);

// Every word with its box in points (pdftotext -bbox), pages from 1.
struct Word {
    int page = 0;
    std::string text;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};
std::vector<Word> pdf_words(const std::filesystem::path& pdf);

// Pairs of words on one page whose boxes overlap (text printed over text), described.
std::vector<std::string> overlapping_words(const std::filesystem::path& pdf);

// Words drawn off the paper or into the side or bottom margin (`margin_pt`), described. The top
// margin holds the title's ascenders, so there only the paper's edge counts. Defaults: A4 and
// the sheet's 16 mm margin.
std::vector<std::string> words_outside_page(const std::filesystem::path& pdf, double width_pt = 595.276,
                                            double height_pt = 841.89, double margin_pt = 16.0 * 72.0 / 25.4);

// Every page as <stem>-<n>.png next to the PDF (to look at); returns the files.
std::vector<std::filesystem::path> render_pages_png(const std::filesystem::path& pdf, int dpi);

// pdfinfo's "Page size:" line, e.g. "242.646 x 153.071 pts".
std::string pdf_page_size(const std::filesystem::path& pdf);

// GC_TEST_OUTPUT_DIR/report[/sub], created on first use: rendered PDFs stay there to look at.
std::filesystem::path output_dir(const std::string& sub = {});

void write_file(const std::filesystem::path& path, const std::string& bytes);
std::string read_file(const std::filesystem::path& path);

}  // namespace gc::test
