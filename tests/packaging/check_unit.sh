#!/bin/sh
# systemd-analyze verify on the kiosk unit. It works without systemd as PID 1 (it loads the
# unit offline), but reports unknown keys and bad values only as warnings with exit code 0:
# so any output at all is a failure.
set -u
unit="$1"
out=$(systemd-analyze verify --man=no "$unit" 2>&1)
rc=$?
if [ $rc -ne 0 ] || [ -n "$out" ]; then
    echo "systemd-analyze verify $unit failed (exit $rc):"
    echo "$out"
    exit 1
fi
echo "unit ok: $unit"
