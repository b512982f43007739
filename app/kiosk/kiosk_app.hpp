#pragma once
// The kiosk as one object: locked until the host's passphrase opens the database (or the demo
// database is made), then the participant flow on today's session.
#include "core/clock.hpp"
#include "core/flow/circuit.hpp"
#include "core/flow/participant_flow.hpp"
#include "core/host/host_desk.hpp"
#include "core/host/pin_lock.hpp"
#include "core/offers/offers.hpp"
#include "core/rules/ruleset.hpp"
#include "i18n/speaker.hpp"
#include "kiosk/demo_setup.hpp"
#include "kiosk/kiosk_devices.hpp"
#include "kiosk/kiosk_options.hpp"
#include "kiosk/store_host_records.hpp"
#include "kiosk/store_visit_recorder.hpp"
#include "kiosk/webcam_scanner.hpp"
#include "report/clinical_codes.hpp"
#include "report/print_worker.hpp"
#include "store/store.hpp"
#include "ui/host/devices_panel.hpp"
#include "ui/host/host_mode.hpp"
#include "ui/kiosk_ui.hpp"
#include "ui/screens/unlock_screen.hpp"
#include "ui/ui_context.hpp"

#include <deque>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace gc::devices {
class CardScanner;
}

namespace gc::kiosk {

class KioskApp {
public:
    // Loads the data files (throws with a message naming the file when one is broken).
    explicit KioskApp(const KioskOptions& options);
    ~KioskApp();

    // The kiosk's fonts list (assets/fonts.toml), for the atlas built while the window opens.
    static std::string fonts_toml();
    // After the runner made the ImGui context with that atlas: fonts and theme.
    void use_fonts(const ui::Fonts& fonts);
    // Background services (read-aloud, printing), started once the first frame is on screen so
    // that nothing delays it; `wake` is called from their threads to redraw.
    void start_services(std::function<void()> wake);
    void draw();
    void tick();
    Millis next_deadline_in() const;
    void touched();
    std::string where() const;  // "unlock", "attract", "station:body", ... (tests, logs)
    // What the store holds for the open visit (UI scripts): "<questionnaire>.<item>" → the
    // answer; "score:<questionnaire>" → the score from the stored answers: FINDRISC and De
    // Jong Gierveld "<total>:<category>", positive health the six grades "7,4,-,..."; "referrals"
    // the visit's referrals; "experience:<question>:<answer>" how often this session; "" if none.
    std::string stored(const std::string& key);
    // UI scripts: a blood-pressure meter's reading as the device layer hands it to the flow.
    bool script_blood_pressure(double systolic, double diastolic, double pulse, bool irregular);
    OffsetClock& clock() { return m_clock; }
    const std::optional<DemoSetup>& demo() const { return m_demo; }
    // A card code read by a scanner (any thread): host mode's scan tab picks it up.
    void card_scanned(const std::string& canonical_code);

private:
    // The host-mode tab "Apparaten" over this kiosk's devices (with the demo control panel in
    // demo mode).
    std::unique_ptr<ui::HostPanel> make_devices_panel();
    const char* try_unlock(const std::string& passphrase);
    void open_session();
    Outcome print_sheet(store::VisitId visit, const std::string& language);
    Outcome print_visit_sheet(store::VisitId visit, const std::string& language, const char* printed_by);
    void open_host_mode(store::SessionId session);
    void use_offers_of(store::SessionId session);
    const char* print_card(const std::string& card_code);
    const char* reprint_sheet(std::int64_t visit, const std::string& language);
    std::optional<std::string> next_scan();
    void wake();

    KioskOptions m_options;
    Circuit m_circuit;
    std::vector<OfferCatalog> m_offer_files;  // every assets/offers/*.toml, validated at start
    std::optional<OfferCatalog> m_offers;     // the session's place's (the talk screen)
    Ruleset m_rules;
    std::map<std::string, report::ClinicalCodes> m_codes;
    std::filesystem::path m_sheet_dir;  // private, RAM-backed where possible; removed at exit
    OffsetClock m_clock;
    ui::Metrics m_metrics;
    ui::Fonts m_fonts;
    std::unique_ptr<i18n::Speaker> m_speaker;  // started with the services, after the first frame
    // Opening it loads the deferred module (runtime/deferred_module.hpp): on a worker thread,
    // taken over by tick(). Null when read-aloud cannot start.
    std::future<std::unique_ptr<i18n::Speaker>> m_speaker_opening;
    ui::UnlockScreen m_unlock;

    std::unique_ptr<report::PrintWorker> m_printer;
    std::optional<store::Store> m_store;
    std::optional<DemoSetup> m_demo;
    std::unique_ptr<StoreVisitRecorder> m_recorder;
    std::unique_ptr<ParticipantFlow> m_flow;
    std::unique_ptr<ui::UiContext> m_ctx;
    std::unique_ptr<ui::KioskUi> m_ui;
    std::unique_ptr<KioskDevices> m_devices;  // started with the services
    std::optional<std::vector<ui::DeviceLogLine>> m_shown_device_log;  // none: read the store again

    // Host mode (behind the PIN): the panels are registered in open_host_mode().
    std::string m_host_pin;
    std::unique_ptr<PinLock> m_pin_lock;
    std::unique_ptr<StoreHostRecords> m_host_records;
    std::unique_ptr<HostDesk> m_desk;
    std::unique_ptr<ui::HostMode> m_host;
    Millis m_next_board_refresh{0};
    std::mutex m_scan_mutex;
    std::deque<std::string> m_scans;
    std::unique_ptr<devices::CardScanner> m_scanner;
    std::function<void()> m_wake;  // guarded by m_scan_mutex (scanner threads call it)
    std::unique_ptr<WebcamScanner> m_webcam;
};

}  // namespace gc::kiosk
