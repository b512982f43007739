#!/bin/sh
# The group picture under Xvfb: the real kiosk in demo mode with 12 registered participants,
# 7 of them walk the blood-pressure and body stations with typed values, then host mode's
# "Groepsbeeld" tab (nl), the big screen (tab bar hidden) and the big screen in Arabic.
# Waist is never measured, so it must not show (look at the PNGs; the counts and the hidden
# measure are asserted by tests/kiosk/group_picture_store_test.cpp). PNGs go to OUT_DIR.
set -eu
kiosk="$1"; out="$2"
rm -rf "$out"; mkdir -p "$out"
script="$out/group-picture.script"

keys() {  # taps the keypad keys of a number, then save
    echo "$1" | sed 's/./tap key_&\n/g' | grep -v '^$'
    echo "tap save"
}
pin() { printf 'tap pin_4\ntap pin_7\ntap pin_1\ntap pin_1\ntap pin_ok\n'; }

{
    echo "expect attract"
    n=0
    # systolic diastolic weight (length 172 for all): blood pressure 4 green, 2 orange, 1 red
    for person in "120 80 70" "132 84 84" "145 88 95" "118 76 62" "165 98 110" "128 82 78" "150 92 88"; do
        set -- $person
        n=$((n + 1))
        printf 'tap lang_nl\nexpect consent\ntap consent_gp_yes\ntap consent_municipality_yes\ntap consent_research_no\n'
        printf 'tap next\nexpect card\ntype-card %s\ntap next\nexpect station:blood_pressure\nwait 301\n' "$n"
        for reading in 1 2 3; do
            [ "$reading" = 1 ] || echo "wait 61"
            keys "$1"; keys "$2"; keys 72
        done
        printf 'tap next\nexpect station:body\n'
        keys 172; keys "$3"
        printf 'tap next\nexpect station:waist\ntap host_open\nexpect host:pin\n'
        pin
        printf 'expect host:board\ntap host_close\nexpect attract\n'
    done
    printf 'tap host_open\n'
    pin
    printf 'tap tab_group\nexpect host:group\nshot 01-group-nl\n'
    printf 'tap group_big\nexpect host:group\nshot 02-group-big-nl\n'
    printf 'tap group_lang_ar\nshot 03-group-big-ar\n'
    printf 'tap group_big\nexpect host:group\nshot 04-group-back-nl\ntap host_close\nexpect attract\n'
} > "$script"

exec xvfb-run -a -s "-screen 0 1280x800x24" \
    "$kiosk" --demo --demo-participants 12 --host-pin 4711 --windowed --width 1280 --height 800 \
    --script "$script" --screenshots "$out"
