#include "report/pdf_canvas.hpp"

#include <cairo-pdf.h>

#include <fstream>
#include <system_error>

namespace gc::report {

PdfCanvas::PdfCanvas(double width_pt, double height_pt, std::string_view title) {
    m_surface = cairo_pdf_surface_create_for_stream(&PdfCanvas::append, this, width_pt, height_pt);
    cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_TITLE, std::string(title).c_str());
    cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_CREATOR, "Groepsconsult Kiosk");
    m_cr = cairo_create(m_surface);
}

PdfCanvas::~PdfCanvas() {
    if (m_cr != nullptr) cairo_destroy(m_cr);
    if (m_surface != nullptr) cairo_surface_destroy(m_surface);
}

cairo_status_t PdfCanvas::append(void* closure, const unsigned char* data, unsigned int length) {
    auto* self = static_cast<PdfCanvas*>(closure);
    self->m_bytes.append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void PdfCanvas::next_page() { cairo_show_page(m_cr); }

std::string PdfCanvas::finish() {
    const cairo_status_t drawing = cairo_status(m_cr);
    cairo_destroy(m_cr);
    m_cr = nullptr;
    cairo_surface_finish(m_surface);
    const cairo_status_t surface = cairo_surface_status(m_surface);
    cairo_surface_destroy(m_surface);
    m_surface = nullptr;
    if (drawing != CAIRO_STATUS_SUCCESS) throw RenderError(cairo_status_to_string(drawing));
    if (surface != CAIRO_STATUS_SUCCESS) throw RenderError(cairo_status_to_string(surface));
    return std::move(m_bytes);
}

}  // namespace gc::report
