#include "report/export/fhir_bundle.hpp"

#include <cstdio>
#include <ctime>
#include <random>

namespace gc::exports {

using json = nlohmann::ordered_json;

std::string fhir_instant(store::WallTime t) {
    const auto ms = t.time_since_epoch().count();
    const auto seconds = static_cast<std::time_t>(ms >= 0 ? ms / 1000 : (ms - 999) / 1000);
    const auto millis = static_cast<int>(ms - static_cast<std::int64_t>(seconds) * 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, millis);
    return buffer;
}

std::string random_uuid_urn() {
    std::random_device device;
    unsigned char b[16];
    for (auto& byte : b) byte = static_cast<unsigned char>(device() & 0xffU);
    b[6] = static_cast<unsigned char>((b[6] & 0x0fU) | 0x40U);  // version 4
    b[8] = static_cast<unsigned char>((b[8] & 0x3fU) | 0x80U);  // RFC 4122 variant
    char text[40];
    std::snprintf(text, sizeof text, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0],
                  b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return std::string("urn:uuid:") + text;
}

std::string practice_folder(const std::optional<std::string>& practice) {
    std::string folder;
    for (char c : practice.value_or("")) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (alnum) folder += c;
        else if (c >= 'A' && c <= 'Z') folder += static_cast<char>(c - 'A' + 'a');
        else if (!folder.empty() && folder.back() != '-') folder += '-';
    }
    while (!folder.empty() && folder.back() == '-') folder.pop_back();
    return folder.empty() ? "zonder-praktijk" : folder;
}

namespace {

json coding(const char* system, const std::string& code) { return json{{"system", system}, {"code", code}}; }

json concept_of(Measure m, const report::ClinicalCodes& c) {
    json codings = json::array({coding(kLoincSystem, c.loinc)});
    if (!c.nhg.empty()) codings.push_back(coding(kNhgTable45System, c.nhg));
    return json{{"coding", codings}, {"text", std::string(measure_name(m))}};
}

json quantity(const store::MeasurementRecord& r) {
    json q{{"value", r.value}, {"unit", r.unit.empty() ? std::string(measure_unit(r.measure)) : r.unit}};
    if (r.unit.empty() || r.unit == measure_unit(r.measure)) {
        q["system"] = kUcumSystem;
        q["code"] = std::string(measure_ucum(r.measure));
    }
    return q;
}

json category(Measure m) {
    const bool lab = m == Measure::Glucose || m == Measure::TotalCholesterol || m == Measure::Hdl ||
                     m == Measure::Ldl || m == Measure::HbA1c;
    return json::array({{{"coding", json::array({{{"system",
                                                   "http://terminology.hl7.org/CodeSystem/observation-category"},
                                                  {"code", lab ? "laboratory" : "vital-signs"}}})}}});
}

store::WallTime effective_time(const store::MeasurementRecord& r) {
    if (const auto* device = std::get_if<store::DeviceSource>(&r.source); device && device->device_time) {
        return *device->device_time;
    }
    return r.kiosk_time;
}

class BundleBuilder {
public:
    BundleBuilder(const ClinicalCodeMap& codes, const UuidSource& new_uuid) : m_codes(codes), m_new_uuid(new_uuid) {}

    std::string add(json resource) {
        auto url = m_new_uuid();
        m_entries.push_back(json{{"fullUrl", url}, {"resource", std::move(resource)}});
        return url;
    }

    void add_patient(const store::Participant& p) {
        const auto& info = p.info;
        json patient{{"resourceType", "Patient"},
                     {"identifier", json::array({{{"system", kCardCodeSystem}, {"value", p.card_code}}})}};
        if (info.name && !info.name->empty()) patient["name"] = json::array({{{"text", *info.name}}});
        if (info.sex) patient["gender"] = *info.sex == Sex::Female ? "female" : "male";
        if (info.birth_year) patient["birthDate"] = std::to_string(*info.birth_year);
        patient["communication"] = json::array(
            {{{"language", {{"coding", json::array({coding("urn:ietf:bcp:47", info.language)})}}}}});
        if (info.gp_practice && !info.gp_practice->empty()) {
            const auto practice = add(json{{"resourceType", "Organization"}, {"name", *info.gp_practice}});
            patient["generalPractitioner"] = json::array({{{"reference", practice}}});
        }
        m_patient = add(std::move(patient));
    }

    void add_visit(const VisitRecord& v) {
        std::vector<const store::StoredMeasurement*> diastolic;
        for (const auto& m : v.measurements) {
            if (m.record.measure == Measure::Diastolic) diastolic.push_back(&m);
        }
        std::size_t next_diastolic = 0;
        for (const auto& m : v.measurements) {
            const auto measure = m.record.measure;
            if (measure == Measure::Diastolic) continue;
            if (measure == Measure::Systolic) {
                const auto* dia = next_diastolic < diastolic.size() ? diastolic[next_diastolic++] : nullptr;
                add_blood_pressure(m.record, dia ? &dia->record : nullptr);
                continue;
            }
            add_single(m.record);
        }
        for (; next_diastolic < diastolic.size(); ++next_diastolic) {  // a diastolic without its systolic
            add_single(diastolic[next_diastolic]->record);
        }
    }

    json bundle(store::WallTime now) && {
        return json{{"resourceType", "Bundle"}, {"type", "collection"}, {"timestamp", fhir_instant(now)},
                    {"entry", std::move(m_entries)}};
    }

private:
    json observation_base(const store::MeasurementRecord& r, json code) {
        json o{{"resourceType", "Observation"},
               {"status", "final"},
               {"category", category(r.measure)},
               {"code", std::move(code)},
               {"subject", {{"reference", m_patient}}},
               {"effectiveDateTime", fhir_instant(effective_time(r))}};
        if (const auto* device = std::get_if<store::DeviceSource>(&r.source)) {
            o["device"] = {{"reference", device_url(*device)}};
        } else {
            o["method"] = {{"text", "handmatig ingevoerd"}};
        }
        return o;
    }

    void add_single(const store::MeasurementRecord& r) {
        const auto code = m_codes.find(std::string(measure_name(r.measure)));
        if (code == m_codes.end()) return;
        auto observation = observation_base(r, concept_of(r.measure, code->second));
        observation["valueQuantity"] = quantity(r);
        add(std::move(observation));
    }

    void add_blood_pressure(const store::MeasurementRecord& systolic, const store::MeasurementRecord* diastolic) {
        const auto sys_code = m_codes.find("systolic");
        const auto dia_code = m_codes.find("diastolic");
        if (diastolic == nullptr || sys_code == m_codes.end() || dia_code == m_codes.end()) {
            add_single(systolic);
            return;
        }
        auto panel = observation_base(systolic, json{{"coding", json::array({coding(kLoincSystem, "85354-9")})},
                                                     {"text", "blood_pressure"}});
        panel["component"] = json::array({{{"code", concept_of(Measure::Systolic, sys_code->second)},
                                           {"valueQuantity", quantity(systolic)}},
                                          {{"code", concept_of(Measure::Diastolic, dia_code->second)},
                                           {"valueQuantity", quantity(*diastolic)}}});
        add(std::move(panel));
    }

    std::string device_url(const store::DeviceSource& d) {
        const auto key = d.model + "\n" + d.serial;
        if (auto found = m_devices.find(key); found != m_devices.end()) return found->second;
        json device{{"resourceType", "Device"},
                    {"deviceName", json::array({{{"name", d.model}, {"type", "model-name"}}})}};
        if (!d.serial.empty()) device["serialNumber"] = d.serial;
        return m_devices[key] = add(std::move(device));
    }

    const ClinicalCodeMap& m_codes;
    const UuidSource& m_new_uuid;
    json m_entries = json::array();
    std::string m_patient;
    std::map<std::string, std::string> m_devices;
};

}  // namespace

json gp_bundle(const std::vector<const VisitRecord*>& visits, const ClinicalCodeMap& codes, store::WallTime now,
               const UuidSource& new_uuid) {
    BundleBuilder builder(codes, new_uuid);
    if (!visits.empty()) builder.add_patient(visits.front()->participant);
    for (const auto* v : visits) builder.add_visit(*v);
    return std::move(builder).bundle(now);
}

}  // namespace gc::exports
