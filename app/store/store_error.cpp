#include "store/store_error.hpp"

#include "core/translatable.hpp"

namespace gc::store {

std::string_view kind_name(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::WrongPassphrase: return "wrong_passphrase";
    case ErrorKind::DatabaseMissing: return "database_missing";
    case ErrorKind::AlreadyExists: return "already_exists";
    case ErrorKind::DiskFull: return "disk_full";
    case ErrorKind::Corrupt: return "corrupt";
    case ErrorKind::Busy: return "busy";
    case ErrorKind::PermissionDenied: return "permission_denied";
    case ErrorKind::NotEncrypted: return "not_encrypted";
    case ErrorKind::SchemaTooNew: return "schema_too_new";
    case ErrorKind::NotFound: return "not_found";
    case ErrorKind::InvalidInput: return "invalid_input";
    case ErrorKind::Io: return "io";
    case ErrorKind::Internal: return "internal";
    }
    return "internal";
}

std::string_view kind_msgid(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::WrongPassphrase:
        return N_("Het wachtwoord klopt niet. Probeer het opnieuw. Er is niets veranderd.");
    case ErrorKind::DatabaseMissing:
        return N_("De gegevens zijn niet gevonden. Controleer de plek van het bestand.");
    case ErrorKind::AlreadyExists:
        return N_("Dit bestand bestaat al. Kies een andere naam of plek.");
    case ErrorKind::DiskFull:
        return N_("De schijf is vol. De laatste gegevens zijn niet opgeslagen. Eerdere gegevens zijn veilig.");
    case ErrorKind::Corrupt:
        return N_("De gegevens zijn beschadigd. Gebruik de laatste reservekopie.");
    case ErrorKind::Busy:
        return N_("De gegevens zijn in gebruik door een ander programma. Wacht even en probeer het opnieuw.");
    case ErrorKind::PermissionDenied:
        return N_("Het programma mag dit bestand niet openen of schrijven.");
    case ErrorKind::NotEncrypted:
        return N_("De beveiliging van de gegevens werkt niet. Er is niets opgeslagen. Bel de beheerder.");
    case ErrorKind::SchemaTooNew:
        return N_("Deze gegevens komen van een nieuwere versie van het programma. Werk het programma bij.");
    case ErrorKind::NotFound:
        return N_("Deze kaart of dit bezoek is niet gevonden.");
    case ErrorKind::InvalidInput:
        return N_("Deze invoer klopt niet. Controleer wat u hebt ingevuld.");
    case ErrorKind::Io:
        return N_("Lezen of schrijven van de gegevens is mislukt. Controleer de schijf of USB-stick.");
    case ErrorKind::Internal:
        return N_("Er ging iets mis in het programma. Bel de beheerder.");
    }
    return N_("Er ging iets mis in het programma. Bel de beheerder.");
}

std::string StoreError::describe() const { return std::string(kind_name(kind)) + ": " + detail; }

}  // namespace gc::store
