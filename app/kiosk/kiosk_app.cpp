#include "kiosk/kiosk_app.hpp"

#include "core/questionnaire/scoring.hpp"
#include "i18n/i18n.hpp"
#include "devices/device_names.hpp"
#include "devices/scanner/card_scanner.hpp"
#include "devices/transport/evdev_keyboard.hpp"
#include "devices/transport/serial_port.hpp"
#include "i18n/language.hpp"
#include "kiosk/printer_view.hpp"
#include "kiosk/store_device_log.hpp"
#include "ui/host/export_panel.hpp"
#include "ui/host/group_picture_panel.hpp"
#include "report/card.hpp"
#include "report/sheet.hpp"
#include "report/sheet_from_store.hpp"
#include "runtime/kernel_keyring.hpp"
#include "runtime/offer_files.hpp"
#include "runtime/paths.hpp"
#include "runtime/pin_hash.hpp"
#include "runtime/text_file.hpp"
#include "ui/fonts.hpp"
#include "runtime/version.hpp"
#include "ui/host/board_panel.hpp"
#include "ui/host/printer_panel.hpp"
#include "ui/host/registration_panel.hpp"
#include "ui/host/scan_panel.hpp"
#include "ui/host/session_panel.hpp"
#include "ui/host/system_panel.hpp"
#include "ui/screens/screens.hpp"
#include "ui/text_layout.hpp"
#include "ui/theme.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <ctime>
#include <fstream>
#include <iostream>
#include <random>
#include <unistd.h>
#include <stdexcept>

namespace gc::kiosk {
namespace {

std::string read_asset(const std::string& relative) {
    const auto path = asset_path(relative);
    auto text = read_text_file(path);
    if (!text) throw std::runtime_error("cannot read " + path.string());
    return *text;
}

std::tm local_now() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return local;
}

std::string today() {
    const std::tm local = local_now();
    char date[16];
    std::strftime(date, sizeof date, "%Y-%m-%d", &local);
    return date;
}

// A private directory for rendered sheets until CUPS has them: $XDG_RUNTIME_DIR is RAM-backed
// under systemd, so results never rest unencrypted on disk.
std::filesystem::path make_sheet_dir() {
    const char* base = std::getenv("XDG_RUNTIME_DIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/groepsconsult-sheets-XXXXXX";
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a directory for sheets in " + pattern);
    return pattern;
}

template <typename T>
T parse_asset(const std::string& relative, std::variant<T, std::string> (*parse)(std::string_view)) {
    auto parsed = parse(read_asset(relative));
    if (auto* message = std::get_if<std::string>(&parsed)) throw std::runtime_error(relative + ": " + *message);
    return std::get<T>(std::move(parsed));
}

Circuit parse_circuit_file(const std::optional<std::filesystem::path>& file) {
    if (!file) return parse_circuit(read_asset("stations/circuit.toml"), "stations/circuit.toml");
    auto text = read_text_file(*file);
    if (!text) throw std::runtime_error("cannot read " + file->string());
    return parse_circuit(*text, file->string());
}

// The keyring entry of this database's passphrase (see runtime/kernel_keyring.hpp).
std::string unlock_key_name(const std::filesystem::path& db) {
    std::error_code ec;
    const auto absolute = std::filesystem::absolute(db, ec);
    return "unlock:" + (ec ? db : absolute).string();
}

Ruleset load_rules(const std::string& id) {
    const std::string file = "rules/" + id + ".toml";
    return Ruleset::parse(read_asset(file), file);
}

// The circuit (the configured file or the shipped one) with the questionnaires its stations
// refer to (assets/questionnaires/<name>.toml).
Circuit load_circuit(const std::optional<std::filesystem::path>& file) {
    Circuit circuit = parse_circuit_file(file);
    std::vector<Questionnaire> questionnaires;
    for (const Station& s : circuit.stations) {
        for (const std::string& name : s.questionnaires) {
            const std::string asset = "questionnaires/" + name + ".toml";
            questionnaires.push_back(parse_questionnaire(read_asset(asset), asset));
        }
    }
    // Asked at the end of the visit (goodbye screen), not at a station.
    questionnaires.push_back(parse_questionnaire(read_asset("questionnaires/experience.toml"), "questionnaires/experience.toml"));
    attach_questionnaires(circuit, std::move(questionnaires));
    ui::check_circuit_pictograms(circuit, file ? file->string() : "stations/circuit.toml");
    return circuit;
}

}  // namespace

KioskApp::KioskApp(const KioskOptions& options)
    : m_options(options),
      m_circuit(load_circuit(options.stations)),
      m_offer_files(load_offer_files()),
      m_rules(load_rules(options.ruleset)),
      m_codes(report::parse_clinical_codes(read_asset("report/clinical_codes.toml"), "report/clinical_codes.toml")),
      m_sheet_dir(make_sheet_dir()),
      m_metrics(ui::metrics_for(ui::ui_scale_from_environment())),
      m_unlock([this](const std::string& passphrase) { return try_unlock(passphrase); }) {
    for (const auto& problem : i18n::init(i18n::select_languages(i18n::load_languages(), options.languages))) {
        // For the host and the journal, never the participant: texts fall back to Dutch.
        spdlog::warn("language catalog: {}", problem);
    }
    m_host_pin = options.host_pin;
    if (!options.host_pin_hash.empty() && !usable_pin_hash(options.host_pin_hash)) {
        throw std::runtime_error("host-pin-hash in the configuration is not a hash `groepsconsult pin-hash` makes");
    }
    if (options.demo && m_host_pin.empty() && options.host_pin_hash.empty()) {
        std::random_device rd;
        m_host_pin = std::to_string(1000 + rd() % 9000);
    }
    if (options.demo) {
        m_demo = create_demo(m_store, options.demo_participants, options.demo_follow_up);
        std::cout << "demo database: " << (m_demo->data_dir / "kiosk.db").string() << "\n"
                  << "demo passphrase: " << m_demo->passphrase << "\n"
                  << "demo card codes:";
        for (const auto& code : m_demo->card_codes) std::cout << " " << code;
        std::cout << "\n" << "demo host PIN: " << m_host_pin << std::endl;
    }
    // Before any session opens: host mode lists the devices among its tabs.
    m_devices = std::make_unique<KioskDevices>(
        parse_asset<std::vector<devices::DeviceProfile>>("devices/profiles.toml", &devices::parse_device_profiles),
        parse_asset<devices::Plausibility>("devices/plausibility.toml", &devices::Plausibility::from_toml),
        m_demo ? (m_demo->data_dir / "devices").string() : std::string());
    if (m_demo) {
        open_session();
    } else if (auto remembered = keyring::recall(unlock_key_name(options.db))) {
        // Restarted after a crash (systemd Restart=always): back to the participant screens
        // without the host, as long as the passphrase still opens the database.
        if (try_unlock(*remembered) == nullptr) {
            spdlog::info("database reopened after a restart");
        } else {
            keyring::forget(unlock_key_name(options.db));
        }
    }
}

KioskApp::~KioskApp() {
    m_scanner.reset();  // joins the scanner thread before what it calls goes
    m_webcam.reset();   // and the camera thread
    m_devices.reset();  // device threads stop before the flow they feed
    // A clean exit is the end of the day (systemctl stop, shutdown): the next start asks again.
    if (!m_demo && m_store) keyring::forget(unlock_key_name(m_options.db));
    m_printer.reset();  // joins the print thread before its files go
    if (m_speaker_opening.valid()) m_speaker_opening.wait();
    if (m_ctx) m_ctx->speaker = nullptr;
    m_speaker.reset();
    std::error_code ignored;
    std::filesystem::remove_all(m_sheet_dir, ignored);
    m_ui.reset();
    m_flow.reset();
    m_store.reset();
    if (m_demo) {
        std::error_code ec;
        std::filesystem::remove_all(m_demo->data_dir, ec);  // demo data is throw-away
    }
}

std::string KioskApp::fonts_toml() { return read_asset("fonts.toml"); }

void KioskApp::use_fonts(const ui::Fonts& fonts) {
    m_fonts = fonts;
    ImGui::GetIO().FontDefault = m_fonts.body;
    ui::apply_theme(m_metrics);
    if (m_ctx) m_ctx->fonts = m_fonts;
}

const char* KioskApp::try_unlock(const std::string& passphrase) {
    store::OpenOptions open_options;
    open_options.create_if_missing = false;  // the installer creates it with `groepsconsult init`
    auto opened = store::Store::open(m_options.db, passphrase, open_options);
    if (!opened) {
        spdlog::warn("unlock failed: {}", store::kind_name(opened.error().kind));
        return store::kind_msgid(opened.error().kind).data();
    }
    m_store.emplace(std::move(opened.value()));
    if (m_options.remember_unlock_hours > 0 &&
        !keyring::remember(unlock_key_name(m_options.db), passphrase, std::chrono::hours(m_options.remember_unlock_hours))) {
        spdlog::warn("the kernel keyring is not available: after a restart the host unlocks again");
    }
    open_session();
    return nullptr;
}

void KioskApp::open_session() {
    store::SessionId session;
    if (m_demo) {
        session = m_demo->session;
    } else if (auto found = m_store->find_session(today())) {
        session = found.value().id;
    } else {
        // The host normally starts the day's session in host mode; a kiosk opened without one
        // starts a mixed session for today so no measurement is ever refused.
        auto started = m_store->start_session({today(), "", store::GroupType::Mixed, "kiosk", {}});
        if (!started) throw std::runtime_error("cannot start today's session: " + started.error().describe());
        session = started.value();
    }
    m_recorder = std::make_unique<StoreVisitRecorder>(
        *m_store, session, [this](store::VisitId visit, const std::string& language) { return print_sheet(visit, language); });
    FlowTimeouts timeouts;
    timeouts.idle_before_warning = std::chrono::seconds(m_options.idle_seconds);
    timeouts.warning_countdown = std::chrono::seconds(m_options.warning_seconds);
    m_flow = std::make_unique<ParticipantFlow>(m_circuit, m_clock, *m_recorder, timeouts);
    m_ctx = std::make_unique<ui::UiContext>(
        ui::UiContext{*m_flow, m_rules, m_metrics, m_fonts, m_speaker.get(), local_now().tm_year + 1900, {}});
    use_offers_of(session);
    m_ctx->switch_language = [](const std::string& code) {
        if (auto problem = i18n::set_language(code)) spdlog::warn("language: {}", *problem);
        ui::clear_text_cache();
    };
    m_ui = std::make_unique<ui::KioskUi>(*m_ctx);
    open_host_mode(session);
    spdlog::info("kiosk open for session {}", session.value);
}

// The talk screen offers what the session's place offers (assets/offers/<place>.toml).
void KioskApp::use_offers_of(store::SessionId session) {
    auto found = m_store->find_session(session);
    const std::string place = found ? found.value().info.place : std::string();
    ChosenOffers chosen = offers_for_place(m_offer_files, place);
    if (!chosen.matched) spdlog::info("no offer file for place '{}': the talk screen offers every file", place);
    m_offers = std::move(chosen.catalog);
    m_ctx->offers = m_offers->offers.empty() ? nullptr : &*m_offers;
}

void KioskApp::open_host_mode(store::SessionId session) {
    if (!m_options.host_pin_hash.empty()) {
        m_pin_lock = std::make_unique<PinLock>(
            [hash = m_options.host_pin_hash](std::string_view typed) { return pin_matches_hash(hash, typed); }, m_clock);
    } else if (!m_host_pin.empty()) {
        m_pin_lock = std::make_unique<PinLock>(m_host_pin, m_clock);
    } else {
        spdlog::warn("no host-pin-hash in the configuration: host mode is off");
        return;
    }
    m_host_records = std::make_unique<StoreHostRecords>(*m_store);
    std::vector<std::string> codes;
    for (const auto& language : i18n::languages()) codes.push_back(language.code);
    m_desk = std::make_unique<HostDesk>(*m_host_records, m_circuit, m_rules, codes, "host");
    std::optional<std::int64_t> earlier;
    std::vector<SessionSummary> sessions;
    if (m_host_records->sessions(sessions).ok) {
        for (const auto& s : sessions) {
            if (s.id == session.value) earlier = s.plan.follow_up_of;
        }
    }
    m_desk->use_session(session.value, earlier);
    const int year = local_now().tm_year + 1900;
    m_host = std::make_unique<ui::HostMode>(*m_pin_lock);
    // The tabs, in the order the host needs them during a session. Other parts add theirs here
    // (devices, printer, group picture, export): one line each.
    m_host->add_panel(std::make_unique<ui::BoardPanel>(
        *m_desk, m_circuit, year,
        ui::BoardActions{[this](std::int64_t visit, const std::string& language) { return reprint_sheet(visit, language); },
                         [this](const std::string& code) { return print_card(code); },
                         [this] { m_host->leave(*m_ctx, false); }}));
    m_host->add_panel(std::make_unique<ui::RegistrationPanel>(*m_desk, year, [this](const std::string& code) {
        if (m_demo) m_demo->card_codes.push_back(code);  // scripts reach new cards as demo cards
        return print_card(code);
    }));
    m_webcam = std::make_unique<WebcamScanner>(
        m_options.webcam, [this](const std::string& code) { card_scanned(code); }, [this] { wake(); });
    m_host->add_panel(std::make_unique<ui::ScanPanel>(
        *m_desk, m_circuit, [this] { return next_scan(); }, [this] { m_host->leave(*m_ctx, false); }, m_webcam.get(),
        &m_clock));
    m_host->add_panel(std::make_unique<ui::SessionPanel>(*m_desk, *m_host_records, today(), [this](std::int64_t id) {
        m_recorder->set_session(store::SessionId{id});
        use_offers_of(store::SessionId{id});
    }));
    m_host->add_panel(std::make_unique<ui::PrinterPanel>(
        [this]() -> std::optional<ui::PrinterView> {
            if (!m_printer) return std::nullopt;
            return printer_view(m_printer->snapshot());
        },
        [this](int request) {
            if (m_printer) m_printer->reprint(request);
        }));
    m_host->add_panel(std::make_unique<ui::GroupPicturePanel>(*m_desk, *m_host_records, year));
    m_host->add_panel(std::make_unique<ui::ExportPanel>(*m_store, m_options.export_dir, "host", m_offer_files));
    m_host->add_panel(make_devices_panel());
    m_host->add_panel(std::make_unique<ui::SystemPanel>(i18n::catalog_problems(), kVersion));
    if (auto refreshed = m_desk->refresh(year); !refreshed.ok) spdlog::error("board: {}", refreshed.detail);
    if (!m_options.scanner.empty()) {
        std::unique_ptr<devices::ByteLink> link;
        if (m_options.scanner_keyboard) {
            link = std::make_unique<devices::EvdevKeyboard>(m_options.scanner);
        } else {
            link = std::make_unique<devices::SerialPort>(m_options.scanner, devices::SerialFormat{});
        }
        m_scanner = std::make_unique<devices::CardScanner>(std::move(link), [this](const std::string& code) { card_scanned(code); });
    }
}

void KioskApp::card_scanned(const std::string& canonical_code) {
    {
        std::lock_guard<std::mutex> lock(m_scan_mutex);
        m_scans.push_back(canonical_code);
        if (m_scans.size() > 8) m_scans.pop_front();
    }
    wake();  // the scan tab shows it now, not at the next touch
}

void KioskApp::wake() {
    std::lock_guard<std::mutex> lock(m_scan_mutex);
    if (m_wake) m_wake();
}

std::optional<std::string> KioskApp::next_scan() {
    std::lock_guard<std::mutex> lock(m_scan_mutex);
    if (m_scans.empty()) return std::nullopt;
    std::string code = m_scans.front();
    m_scans.pop_front();
    return code;
}

const char* KioskApp::print_card(const std::string& card_code) {
    if (!m_printer) return N_("De printer doet het nu niet.");
    try {
        const auto file = m_sheet_dir / ("card-" + card_code + ".pdf");
        std::ofstream(file, std::ios::binary) << report::render_card_pdf(card_code);
        m_printer->enqueue(file, "groepsconsult card");
    } catch (const std::exception& e) {
        spdlog::error("card not rendered: {}", e.what());
        return N_("De printer doet het nu niet.");
    }
    return nullptr;
}

const char* KioskApp::reprint_sheet(std::int64_t visit, const std::string& language) {
    // The sheet is in the participant's language (and Dutch); host mode goes on in Dutch.
    m_ctx->switch_language(language);
    const Outcome printed = print_visit_sheet(store::VisitId{visit}, language, "host");
    m_ctx->switch_language("nl");
    return printed.ok ? nullptr : printed.message;
}

void KioskApp::start_services(std::function<void()> wake) {
    m_speaker_opening = std::async(std::launch::async, [wake]() -> std::unique_ptr<i18n::Speaker> {
        std::unique_ptr<i18n::Speaker> speaker;
        try {
            speaker = i18n::open_speaker();
        } catch (const std::exception& e) {
            spdlog::error("read aloud: {}", e.what());
        }
        wake();  // tick() takes it over
        return speaker;
    });
    m_printer = std::make_unique<report::PrintWorker>(report::PrintQueue(m_options.printer),
                                                      std::chrono::milliseconds(500), wake);
    {
        std::lock_guard<std::mutex> lock(m_scan_mutex);
        m_wake = wake;
    }
    m_devices->start(std::move(wake));
}

Outcome KioskApp::print_sheet(store::VisitId visit, const std::string& language) {
    return print_visit_sheet(visit, language, "kiosk");
}

Outcome KioskApp::print_visit_sheet(store::VisitId visit, const std::string& language, const char* printed_by) {
    if (!m_printer) return Outcome::failure(N_("De printer doet het nu niet."), "printing not started");
    char host[256] = "kiosk";
    gethostname(host, sizeof host - 1);  // which kiosk measured: on the GP page
    // From the store, like a reprint: everything on the sheet has been committed.
    auto content = report::sheet_from_store(*m_store, visit, m_rules, host, m_offer_files);
    if (!content) {
        spdlog::error("sheet for visit {} not read: {}", visit.value, content.error().describe());
        return Outcome::failure(store::kind_msgid(content.error().kind).data(), content.error().describe());
    }
    std::string pdf;
    try {
        pdf = report::render_sheet_pdf(content.value(), m_codes);
    } catch (const std::exception& e) {
        spdlog::error("sheet for visit {} not rendered: {}", visit.value, e.what());
        return Outcome::failure(N_("De printer doet het nu niet."), e.what());
    }
    const auto file = m_sheet_dir / ("sheet-" + std::to_string(visit.value) + ".pdf");
    std::ofstream(file, std::ios::binary) << pdf;
    m_printer->enqueue(file, "groepsconsult " + std::to_string(visit.value));
    auto recorded =
        m_store->record_sheet_printed(visit, {language, content.value().ruleset_id, printed_by, store::wall_now()});
    if (!recorded) spdlog::error("sheet record: {}", recorded.error().describe());
    spdlog::info("sheet for visit {} sent to the printer", visit.value);
    return Outcome::success();
}

void KioskApp::draw() {
    // Device results reach the flow on the UI thread, right before the frame shows them.
    if (m_flow) {
        m_devices->deliver(*m_flow);
        if (m_store) {
            m_devices->save_log([this](const auto& entries) {
                m_shown_device_log.reset();  // the host's tab reads the store again
                return save_device_log(*m_store, entries);
            });
        }
        m_devices->send_scale_personal_data(*m_flow, m_ctx->current_year);
    }
    if (m_ui && m_host && m_host->visible()) {
        m_host->draw(*m_ctx);
    } else if (m_ui) {
        m_ui->draw();
        if (m_host) m_host->draw_entry_button(*m_ctx);
    } else {
        m_unlock.draw(m_metrics, m_fonts);
    }
}

void KioskApp::tick() {
    if (m_speaker_opening.valid() && m_speaker_opening.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        m_speaker = m_speaker_opening.get();
        if (m_ctx) m_ctx->speaker = m_speaker.get();
    }
    if (m_flow) m_flow->tick();
    // The board (and the corner mark for urgent values) follows what the stations store.
    if (m_desk && m_clock.now() >= m_next_board_refresh) {
        m_next_board_refresh = m_clock.now() + std::chrono::seconds(2);
        if (auto refreshed = m_desk->refresh(local_now().tm_year + 1900); !refreshed.ok) {
            spdlog::error("board: {}", refreshed.detail);
        }
    }
}

Millis KioskApp::next_deadline_in() const { return m_flow ? m_flow->next_deadline_in() : Millis::max(); }

void KioskApp::touched() {
    if (m_flow) m_flow->touch();
}

std::unique_ptr<ui::HostPanel> KioskApp::make_devices_panel() {
    ui::DevicesPanelSource source;
    source.rows = [this] {
        std::vector<ui::DeviceRow> rows;
        for (const auto& s : m_devices->status()) {
            rows.push_back({s.id, devices::device_display_name(s.id), devices::device_not_connected_message(s.id),
                            s.state == devices::DeviceState::Connected});
            if (!rows.back().name) rows.back().name = rows.back().not_connected = N_("Onbekend apparaat");
        }
        return rows;
    };
    // The tab asks every frame; the store is read only after new entries were saved.
    source.log = [this] {
        if (!m_shown_device_log) {
            m_shown_device_log.emplace();
            for (const auto& e : m_store ? stored_device_log(*m_store, 5) : std::vector<DeviceLogEntry>{})
                m_shown_device_log->push_back({e.at, devices::device_display_name(e.device), e.event, e.raw_hex});
        }
        return *m_shown_device_log;
    };
    if (devices::DemoDevices* demo = m_devices->demo()) {
        source.demo = [this, demo](ui::DemoAction action, const std::string& device) {
            switch (action) {
                case ui::DemoAction::TanitaMeasures: demo->tanita_measures(devices::TanitaMeasurement{}); break;
                case ui::DemoAction::OmronFinishes: demo->omron_finishes(128, 82, 68); break;
                case ui::DemoAction::MeterPluggedIn: demo->meter_plugged_in(5.4); break;
                case ui::DemoAction::ScanCard:
                    if (m_demo && !m_demo->card_codes.empty()) demo->scan_card(m_demo->card_codes.front());
                    break;
                case ui::DemoAction::Unplug: demo->unplug(device); break;
                case ui::DemoAction::PlugIn: demo->plug_in(device); break;
            }
        };
    }
    return std::make_unique<ui::DevicesPanel>(std::move(source));
}

bool KioskApp::script_blood_pressure(double systolic, double diastolic, double pulse, bool irregular) {
    if (!m_flow) return false;
    const MeasurementOrigin origin{"HEM-7322U", "script", {}};
    return m_flow->enter_device_values({{Measure::Systolic, systolic}, {Measure::Diastolic, diastolic}, {Measure::Pulse, pulse}},
                                       irregular, origin).ok;
}

std::string KioskApp::where() const {
    if (!m_flow) return "unlock";
    if (m_host && m_host->visible()) return m_host->where();
    std::string name(flow_screen_name(m_flow->screen()));
    if (m_flow->screen() == FlowScreen::Station) name += ":" + m_flow->current_station().id;
    return name;
}

}  // namespace gc::kiosk

namespace gc::kiosk {
namespace {

// FINDRISC's measured part from the visit: sex, age, BMI and waist; nullopt while one is missing.
std::optional<FindriscMeasured> findrisc_measured(const VisitDraft& visit, int year) {
    const auto& v = visit.values;
    if (!visit.profile.sex || !visit.profile.birth_year || !v.count(Measure::Weight) || !v.count(Measure::Height) ||
        !v.count(Measure::Waist)) {
        return std::nullopt;
    }
    const double metres = v.at(Measure::Height) / 100.0;
    return FindriscMeasured{*visit.profile.sex, year - *visit.profile.birth_year,
                            v.at(Measure::Weight) / (metres * metres), v.at(Measure::Waist)};
}

std::string score_text(const QuestionnaireScore& s) {
    if (s.positive_health) {
        std::string grades;
        for (const auto& g : s.positive_health->scores) {
            if (!grades.empty()) grades += ",";
            grades += g ? std::to_string(static_cast<int>(*g)) : "-";
        }
        return grades;
    }
    return s.total ? std::to_string(*s.total) + ":" + s.category : std::string();
}

}  // namespace

std::string KioskApp::stored(const std::string& key) {
    if (!m_store || !m_recorder || !m_flow) return {};
    if (key.rfind("experience:", 0) == 0) {  // "experience:<question>:<answer>" → how often, this session
        auto counts = m_store->experience_counts(m_recorder->session());
        if (!counts) return {};
        for (const auto& c : counts.value()) {
            if ("experience:" + c.question_id + ":" + c.value == key) return std::to_string(c.count);
        }
        return "0";
    }
    if (!m_recorder->open_visit()) return {};
    if (key == "referrals") {  // "<offer>:<who calls>:<may call>:<phone>;..." (spaces as _)
        auto referrals = m_store->referrals_of(*m_recorder->open_visit());
        if (!referrals) return {};
        std::string text;
        for (const auto& r : referrals.value()) {
            text += r.offer + ":" + r.who_calls + ":" + (r.consent_to_call ? "yes" : "no") + ":" + r.phone + ";";
        }
        std::replace(text.begin(), text.end(), ' ', '_');
        return text;
    }
    const bool score = key.rfind("score:", 0) == 0;
    const std::string name = score ? key.substr(6) : key;
    const auto parts = split_item_id(name);
    const std::string questionnaire = score ? name : (parts ? parts->first : std::string());
    auto answers = m_store->answers_of(*m_recorder->open_visit(), questionnaire);
    if (!answers) return {};
    std::map<std::string, std::string> by_item;
    for (const auto& a : answers.value()) by_item[a.question_id] = a.value;
    if (!score) {
        auto found = parts ? by_item.find(parts->second) : by_item.end();
        return found == by_item.end() ? std::string() : found->second;
    }
    const Questionnaire* q = m_circuit.questionnaire(questionnaire);
    if (!q) return {};
    const int year = local_now().tm_year + 1900;
    return score_text(score_questionnaire(*q, by_item, findrisc_measured(m_flow->visit(), year)));
}

}  // namespace gc::kiosk
