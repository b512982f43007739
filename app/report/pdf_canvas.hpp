#pragma once
// A PDF document drawn in memory with Cairo; finish() hands back the bytes, so callers choose
// whether they go to a file, a print queue or a test.
#include <cairo.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace gc::report {

struct RenderError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class PdfCanvas {
public:
    // Page size in points; `title` goes into the PDF metadata.
    PdfCanvas(double width_pt, double height_pt, std::string_view title);
    ~PdfCanvas();
    PdfCanvas(const PdfCanvas&) = delete;
    PdfCanvas& operator=(const PdfCanvas&) = delete;

    cairo_t* cr() { return m_cr; }
    void next_page();
    // Ends the document; throws RenderError if Cairo failed anywhere while drawing.
    std::string finish();

private:
    static cairo_status_t append(void* closure, const unsigned char* data, unsigned int length);

    std::string m_bytes;
    cairo_surface_t* m_surface = nullptr;
    cairo_t* m_cr = nullptr;
};

// Writes next to the target and renames, so a failed write never leaves half a PDF behind.
// Throws RenderError naming the path.
void save_pdf(const std::filesystem::path& path, std::string_view pdf_bytes);

}  // namespace gc::report
