#include "report/pdf_canvas.hpp"

#include <fstream>

namespace gc::report {

void save_pdf(const std::filesystem::path& path, std::string_view pdf_bytes) {
    std::filesystem::path partial = path;
    partial += ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out.write(pdf_bytes.data(), static_cast<std::streamsize>(pdf_bytes.size()));
        out.close();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(partial, ignored);
            throw RenderError("cannot write " + path.string());
        }
    }
    std::error_code ec;
    std::filesystem::rename(partial, path, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        throw RenderError("cannot write " + path.string() + ": " + ec.message());
    }
}

}  // namespace gc::report
