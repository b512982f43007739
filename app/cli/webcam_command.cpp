// `groepsconsult webcam [--device /dev/videoN] [--seconds N]`: for the installer, does the
// webcam of host mode's scan tab work, and does it read a card held up to it? Starts the
// camera as the kiosk does, counts frames and decodes every few for N seconds, prints one line:
//   webcam<TAB><device><TAB><width>x<height><TAB>frames=<n><TAB>card=<code or none>
#include "cli/commands.hpp"
#include "devices/camera/v4l2_camera.hpp"
#include "report/card_frame.hpp"

#include <atomic>
#include <chrono>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace gc::cli {

void add_webcam_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("webcam", "Test the webcam: frames per second and a card read (hold one up to it)");
    struct Options {
        std::string device;
        int seconds = 10;
    };
    auto opt = std::make_shared<Options>();
    cmd->add_option("--device", opt->device, "V4L2 node (default: the first video capture device, as the kiosk)");
    cmd->add_option("--seconds", opt->seconds, "How long to watch")->check(CLI::Range(1, 120));
    cmd->callback([opt, &exit_code] {
        const std::string device = opt->device.empty() ? devices::find_capture_device() : opt->device;
        devices::V4l2Camera camera(device);
        std::atomic<long> frames{0};
        std::mutex mutex;
        std::string card;
        const devices::CameraError e = camera.start([&](const devices::GreyFrame& f) {
            ++frames;
            if (f.sequence % 3 != 0) return;
            auto code = report::decode_card_frame(f.pixels.data(), f.width, f.height, f.width, report::FrameFormat::Grey8);
            std::lock_guard<std::mutex> lock(mutex);
            if (code && card.empty()) card = *code;
        });
        if (e != devices::CameraError::None) {
            std::cerr << "groepsconsult webcam: " << devices::camera_error_name(e) << ": " << camera.detail() << "\n";
            exit_code = 1;
            return;
        }
        std::this_thread::sleep_for(std::chrono::seconds(opt->seconds));
        camera.stop();
        std::lock_guard<std::mutex> lock(mutex);
        std::cout << "webcam\t" << device << "\t" << camera.width() << "x" << camera.height() << "\tframes=" << frames.load()
                  << "\tcard=" << (card.empty() ? "none" : card) << "\n";
        exit_code = frames.load() > 0 ? 0 : 1;
    });
}

}  // namespace gc::cli
