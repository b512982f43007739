#!/bin/sh
# Runs a test binary under umockdev's preload library (libusb then sees the emulated
# devices); exit 77 (CTest SKIP_RETURN_CODE) only when umockdev is not installed.
lib=$(ldconfig -p 2>/dev/null | awk '/libumockdev-preload\.so/ {print $NF; exit}')
[ -n "$lib" ] || { echo "libumockdev-preload.so not installed: skipped"; exit 77; }
LD_PRELOAD="$lib${LD_PRELOAD:+:$LD_PRELOAD}" exec "$@"
