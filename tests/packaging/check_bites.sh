#!/bin/sh
# A check must bite: it has to reject each broken copy of a good file.
#   check_bites.sh WORKDIR FILE "CASE" ... -- CHECK [ARGS...]
# Each CASE is "description|sed script" and makes the broken copy WORKDIR/<name of FILE>;
# CHECK runs as `CHECK <broken copy> ARGS...` and must fail.
set -u
work="$1"; file="$2"; shift 2
mkdir -p "$work"
copy="$work/$(basename "$file")"
cases=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do cases="$cases$1
"; shift; done
[ $# -gt 1 ] || { echo "usage: check_bites.sh WORKDIR FILE CASE... -- CHECK [ARGS...]"; exit 2; }
shift
check="$1"; shift
fail=0
printf '%s' "$cases" | while IFS='|' read -r description script; do
    sed "$script" "$file" > "$copy"
    if cmp -s "$file" "$copy"; then echo "FAIL: case '$description' changed nothing"; exit 1; fi
    if "$check" "$copy" "$@" >/dev/null 2>&1; then
        echo "FAIL: the check accepted $description"; exit 1
    fi
    echo "ok: rejected $description"
done || fail=1
exit $fail
