-- Version 8: the device log. What a measuring device sent that was not stored as a value
-- (garbled frame, checksum mismatch, device error, implausible value, control solution) and
-- the readings that were, each with its raw bytes, for the installer. No participant link:
-- a frame holds values, never who they were for. Bounded: the store keeps the newest 5000.
-- Needs nothing of version 7.
CREATE TABLE device_log (
    id INTEGER PRIMARY KEY,
    at_ms INTEGER NOT NULL,
    device TEXT NOT NULL,  -- "tanita", "omron", "contour", "scanner"
    event TEXT NOT NULL,   -- "reading", "checksum_mismatch", "garbled", "control_solution", ...
    raw BLOB               -- NULL: no bytes (a timeout)
);
