#!/bin/sh
# The rules check must fail on a bad operator, an unknown key and an unknown group.
set -u
check="$1"; rules="$2"; work="$3"
mkdir -p "$work"
name=$(basename "$rules")
fail=0
expect_failure() {  # description, extra line
    cp "$rules" "$work/$name"
    printf '%s\n' "$2" >> "$work/$name"
    if "$check" "$work/$name" >/dev/null 2>&1; then
        echo "FAIL: the check accepted $1"; fail=1
    else
        echo "ok: rejected $1"
    fi
}
expect_failure "a bad operator" 'SUBSYSTEM=="tty", ATTRS{idVendor}="0403", MODE="0660"'
expect_failure "an unknown key" 'SUBSYSTEM=="tty", VENDOR=="0403", MODE="0660"'
expect_failure "an unknown group" 'SUBSYSTEM=="tty", ATTRS{idVendor}=="0403", GROUP="no-such-group-gc"'
exit $fail
