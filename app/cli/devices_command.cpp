// `groepsconsult devices`: which known devices are plugged in (profiles from
// assets/devices/profiles.toml matched against udev).
// `groepsconsult devices decode <driver>`: raw bytes as captured from a port on stdin ->
// one JSON line per value or per problem, through the same decoder, plausibility ranges and
// duplicate filter the kiosk uses. The installer's tool for "what does this device send?".
// `groepsconsult devices log [--last N]`: the kiosk's device log from the encrypted store (what
// the devices sent that was not stored: garbled frames, device errors, ...), one JSON line each.
#include "cli/commands.hpp"
#include "cli/store_cli.hpp"
#include "devices/discovery.hpp"
#include "devices/driver.hpp"
#include "devices/filter.hpp"
#include "report/export/fhir_bundle.hpp"
#include "runtime/paths.hpp"
#include "runtime/text_file.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <iostream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace gc::cli {
namespace {

using namespace gc::devices;

double rounded(double v) { return std::round(v * 1000.0) / 1000.0; }

void print_result(const DecodeResult& result) {
    if (const auto* err = as_error(result)) {
        std::cout << nlohmann::ordered_json{{"error", std::string(error_code_name(err->code))}, {"message", err->detail}}.dump() << "\n";
        return;
    }
    const auto& r = std::get<Reading>(result);
    auto line = [&](const std::string& measure, nlohmann::ordered_json value, const std::string& unit) {
        nlohmann::ordered_json j;
        j["measure"] = measure;
        j["value"] = std::move(value);
        j["unit"] = unit;
        j["device_model"] = r.device.model;
        j["device_serial"] = r.device.serial;
        std::cout << j.dump() << "\n";
    };
    if (r.card_code) line("card_code", *r.card_code, "");
    for (const auto& v : r.values) line(std::string(measure_name(v.measure)), rounded(v.value), v.unit);
}

template <typename T>
std::optional<T> load(const std::string& relative, const char* what,
                      std::variant<T, std::string> (*parse)(std::string_view)) {
    const auto path = asset_path(relative);
    const auto text = read_text_file(path);
    if (!text) {
        std::cerr << "groepsconsult devices: cannot read " << what << " " << path << "\n";
        return std::nullopt;
    }
    auto parsed = parse(*text);
    if (auto* message = std::get_if<std::string>(&parsed)) {
        std::cerr << "groepsconsult devices: " << *message << " (" << path << ")\n";
        return std::nullopt;
    }
    return std::get<T>(std::move(parsed));
}

int run_decode(const std::string& driver_name, bool accept_bad_checksum) {
    DriverOptions options;
    options.reject_bad_checksum = !accept_bad_checksum;
    options.warn = [](std::string_view w) { spdlog::warn("{}", w); };
    auto driver = make_driver(driver_name, options);
    if (!driver) {
        std::cerr << "groepsconsult devices decode: unknown driver '" << driver_name << "' (known:";
        for (auto n : driver_names()) std::cerr << " " << n;
        std::cerr << ")\n";
        return 2;
    }
    auto plausibility = load<Plausibility>("devices/plausibility.toml", "plausibility ranges", &Plausibility::from_toml);
    if (!plausibility) return 1;
    ReadingGate gate(std::move(*plausibility));
    const Bytes input{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    auto results = driver->feed(input);
    for (auto& r : driver->flush()) results.push_back(std::move(r));  // end of input = silence
    bool clean = true;
    for (auto& r : results) {
        DecodeResult gated = gate.pass(std::move(r));
        clean = clean && as_reading(gated) != nullptr;
        print_result(gated);
    }
    if (driver->discarded_bytes() > 0)
        std::cerr << "groepsconsult devices decode: skipped " << driver->discarded_bytes() << " bytes that were no frame\n";
    return clean ? 0 : 1;
}

int run_list() {
    auto profiles = load<std::vector<DeviceProfile>>("devices/profiles.toml", "device profiles", &parse_device_profiles);
    if (!profiles) return 1;
    const auto found = discover_devices(*profiles);
    std::vector<std::string> ids;
    for (const auto& p : *profiles)
        if (std::find(ids.begin(), ids.end(), p.id) == ids.end()) ids.push_back(p.id);
    for (const auto& id : ids) {
        bool any = false;
        for (const auto& f : found) {
            if (f.profile->id != id) continue;
            any = true;
            std::cout << id << "\t" << f.profile->driver << "\tconnected\t" << f.node;
            if (!f.serial.empty()) std::cout << "\tserial " << f.serial;
            std::cout << "\n";
        }
        if (!any) std::cout << id << "\t-\tnot connected\n";
    }
    return 0;
}

store::Result<std::string> device_log_lines(store::Store& store, std::size_t last) {
    auto entries = store.device_log(last);
    if (!entries) return entries.error();
    std::string out;
    for (const auto& e : entries.value()) {
        nlohmann::ordered_json j;
        j["at"] = exports::fhir_instant(e.at);  // ISO 8601 UTC with milliseconds, as in the exports
        j["device"] = e.device;
        j["event"] = e.event;
        j["raw"] = hex_bytes(e.raw);
        out += j.dump() + "\n";
    }
    return out;
}

}  // namespace

void add_devices_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("devices", "List the measuring devices that are plugged in, or decode captured bytes");
    auto* decode = cmd->add_subcommand("decode", "Decode raw device bytes from stdin into JSON lines");
    auto driver = std::make_shared<std::string>();
    auto accept_bad_checksum = std::make_shared<bool>(false);
    decode->add_option("driver", *driver, "tanita, omron-7322, omron-790, contour or scanner")->required();
    decode->add_flag("--accept-bad-checksum", *accept_bad_checksum,
                     "Tanita: decode frames whose checksum does not match (logged) instead of refusing them");
    decode->callback([driver, accept_bad_checksum, &exit_code] { exit_code = run_decode(*driver, *accept_bad_checksum); });
    auto* log = cmd->add_subcommand("log", "Print the device log from the database (JSON lines, oldest first)");
    auto log_options = store_cli::add_options(log);
    auto last = std::make_shared<std::size_t>(0);
    log->add_option("--last", *last, "Only the newest N entries (default: all)");
    log->callback([log_options, last, &exit_code] {
        store_cli::run_on_store(*log_options, false, exit_code,
                                [&](store::Store& store) { return device_log_lines(store, *last); });
    });
    cmd->callback([decode, log, &exit_code] {
        if (!decode->parsed() && !log->parsed()) exit_code = run_list();
    });
}

}  // namespace gc::cli
