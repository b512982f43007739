// `groepsconsult card CARDCODE --out FILE.pdf`: the participant's QR card as a PDF.
#include "cli/commands.hpp"
#include "core/card_code.hpp"
#include "report/card.hpp"
#include "report/pdf_canvas.hpp"
#include "report/qr.hpp"

#include <iostream>
#include <memory>
#include <string>

namespace gc::cli {

void add_card_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("card", "Render a participant's QR card (85.6 x 54 mm) as PDF");
    struct Options {
        std::string code;
        std::string out;
    };
    auto opt = std::make_shared<Options>();
    cmd->add_option("CARDCODE", opt->code, "Card code, e.g. 7K3-QX0-PM4")->required();
    cmd->add_option("--out", opt->out, "PDF file to write")->required();
    cmd->callback([opt, &exit_code] {
        const auto canonical = normalise_card_code(opt->code);
        if (!canonical) {
            std::cerr << "groepsconsult card: not a valid card code (9 symbols with check symbol)\n";
            exit_code = 2;
            return;
        }
        try {
            report::save_pdf(opt->out, report::render_card_pdf(*canonical));
        } catch (const std::exception& e) {  // RenderError, QrError: nothing was written
            std::cerr << "groepsconsult card: " << e.what() << "\n";
            exit_code = 1;
            return;
        }
        std::cout << opt->out << "\n";
        exit_code = 0;
    });
}

}  // namespace gc::cli
