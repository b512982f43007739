#!/bin/sh
# Runs a device test under umockdev-run; exit 77 (CTest SKIP_RETURN_CODE) only when umockdev
# is not installed (packaging/dev.sh installs it).
command -v umockdev-run >/dev/null 2>&1 || { echo "umockdev-run not installed: skipped"; exit 77; }
exec umockdev-run "$@"
