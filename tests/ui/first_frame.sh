#!/bin/sh
# `--exit-after-first-frame` prints exactly one line first_frame_ms=<n> and exits 0.
set -eu
out=$(xvfb-run -a -s "-screen 0 1280x800x24" "$1" --demo --exit-after-first-frame | grep '^first_frame_ms=')
echo "$out"
echo "$out" | grep -Eq '^first_frame_ms=[0-9]+$'
