#!/bin/sh
# The unit check must fail on a unit with an unknown key, a bad value or a missing program.
set -u
check="$1"; unit="$2"; work="$3"
mkdir -p "$work"
name=$(basename "$unit")
fail=0
expect_failure() {  # description, sed expression
    sed "$2" "$unit" > "$work/$name"
    if "$check" "$work/$name" >/dev/null 2>&1; then
        echo "FAIL: the check accepted a unit with $1"; fail=1
    else
        echo "ok: rejected $1"
    fi
}
expect_failure "an unknown key" 's/^Restart=always/Restart=always\nRestartForever=yes/'
expect_failure "a bad Restart value" 's/^Restart=always/Restart=sometimes/'
expect_failure "a missing program" 's#/usr/bin/cage#/usr/bin/no-such-cage#'
exit $fail
