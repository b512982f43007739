#!/bin/sh
# kiosk.toml documents only what exists: every setting (also a commented-out example) must be
# an option of the real kiosk (`--help`), the database path must be the one the service
# passes, and the ruleset must be an installed rules file.
set -u
config="$1"; kiosk="$2"; service="$3"; assets="$4"
help=$("$kiosk" --help 2>&1) || { echo "$kiosk --help failed:"; echo "$help"; exit 1; }
fail=0
keys=$(sed -n 's/^#\{0,1\} \{0,1\}\([a-z][a-z-]*\) = .*/\1/p' "$config")
[ -n "$keys" ] || { echo "no settings found in $config"; exit 1; }
for key in $keys; do
    if printf '%s\n' "$help" | grep -q -- "--$key\b"; then
        echo "ok: $key is a kiosk option"
    else
        echo "FAIL: $config sets '$key', but groepsconsult-kiosk has no option --$key"; fail=1
    fi
done
value() { sed -n "s/^$1 = \"\(.*\)\"$/\1/p" "$config"; }
db=$(value db)
if grep -q -- "^ExecStart=.* --db $db\( \|$\)" "$service"; then
    echo "ok: the service uses db $db"
else
    echo "FAIL: the service does not pass --db $db (as $config says)"; fail=1
fi
ruleset=$(value ruleset)
if [ -n "$ruleset" ] && [ -f "$assets/rules/$ruleset.toml" ]; then
    echo "ok: ruleset $ruleset is installed"
else
    echo "FAIL: ruleset '$ruleset' has no file $assets/rules/$ruleset.toml"; fail=1
fi
exit $fail
