-- Version 6: settings of this installation, kept with the data (and so in its backups). The
-- research export's pseudonym key lives here ("pseudonym_key"), made once on first use.
CREATE TABLE installation_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
