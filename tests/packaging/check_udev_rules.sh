#!/bin/sh
# Syntax check of a udev rules file with udev's own parser. bookworm's udevadm 252 has no
# `udevadm verify` (253+), but `udevadm test` parses every rules file in the system rules
# directories and names each bad line. A private mount namespace puts only this file in
# /etc/udev/rules.d (shipped by udev, so it exists even without a running udevd) and the
# group groepsconsult in /etc/group, so the host stays untouched.
set -u
rules="$1"
name=$(basename "$rules")
if [ "$(id -u)" -eq 0 ]; then ns="unshare --mount"; else ns="unshare --user --map-root-user --mount"; fi
out=$($ns sh -eu -c '
    tmp=$(mktemp -d)
    cp "$1" "$tmp/$2"
    cp /etc/group "$tmp/group"
    grep -q "^groepsconsult:" "$tmp/group" || echo "groepsconsult:x:64999:" >> "$tmp/group"
    mount --bind "$tmp" /etc/udev/rules.d
    mount --bind "$tmp/group" /etc/group
    udevadm test --action=add /sys/class/tty/tty0 2>&1 || true
' sh "$rules" "$name" 2>&1)
if ! printf '%s\n' "$out" | grep -q "Reading rules file: /etc/udev/rules.d/$name"; then
    echo "udevadm did not read $name:"; printf '%s\n' "$out" | tail -20; exit 1
fi
problems=$(printf '%s\n' "$out" | grep "$name" | grep -v "Reading rules file")
if [ -n "$problems" ]; then
    echo "udev rejects lines of $rules:"; printf '%s\n' "$problems"; exit 1
fi
echo "rules ok: $rules"
