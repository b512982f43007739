#!/bin/bash
# Builds the .deb with cpack into the build tree, checks its contents, control files and
# dependencies, runs lintian (no errors allowed). With CI=true or GC_PACKAGE_INSTALL_TEST=1 it
# also installs the package on this machine (root, package not installed before), runs the
# installed programs and purges it again: always, through a trap.
set -uo pipefail
build="$1"; out="$2"; prefix="$3"
fail=0
problem() { echo "FAIL: $*"; fail=1; }

if [ "$prefix" != "/usr" ]; then
    echo "FAIL: this build tree has CMAKE_INSTALL_PREFIX=$prefix; a package needs /usr (the"
    echo "      programs look for their installed assets under the prefix). Configure with"
    echo "      -DCMAKE_INSTALL_PREFIX=/usr."
    exit 1
fi

rm -rf "$out"; mkdir -p "$out"
if ! (cd "$out" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" > "$out/cpack.log" 2>&1); then
    echo "cpack failed:"; tail -30 "$out/cpack.log"; exit 1
fi
deb=$(ls "$out"/groepsconsult_*_amd64.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "cpack made no groepsconsult_*_amd64.deb in $out"; ls "$out"; exit 1; }
echo "package: $deb"

# --- contents ---
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#' > "$out/contents.txt"
for path in /usr/bin/groepsconsult /usr/bin/groepsconsult-kiosk /etc/groepsconsult/kiosk.toml \
            /usr/lib/groepsconsult/libgroepsconsult-deferred.so \
            /lib/systemd/system/groepsconsult-kiosk.service /lib/udev/rules.d/69-groepsconsult.rules \
            /usr/share/groepsconsult/rules/nl-groepsconsult-2026.toml \
            /usr/share/groepsconsult/locale/tr/LC_MESSAGES/groepsconsult.mo \
            /usr/share/doc/groepsconsult/copyright /usr/share/doc/groepsconsult/changelog.gz; do
    grep -qx -- "$path" "$out/contents.txt" || problem "$path is not in the package"
done
if grep -q '^/usr/local' "$out/contents.txt"; then problem "files under /usr/local:"; grep '^/usr/local' "$out/contents.txt" | head; fi

# --- control ---
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libc6 libsqlcipher fonts-noto-core fonts-noto-ui-core fonts-dejavu-core espeak-ng-data \
           cups-client cage libgl1-mesa-dri libpam-systemd adduser init-system-helpers; do
    printf '%s' "$depends" | grep -q "\b$dep" || problem "Depends lacks $dep: $depends"
done
mkdir -p "$out/control"; dpkg-deb -e "$deb" "$out/control"
grep -qx /etc/groepsconsult/kiosk.toml "$out/control/conffiles" 2>/dev/null || problem "kiosk.toml is not a conffile"
for script in postinst prerm postrm; do
    [ -x "$out/control/$script" ] || problem "no executable $script"
    sh -n "$out/control/$script" || problem "$script has a syntax error"
done

# --- lintian: errors fail, warnings are shown ---
lintian --tag-display-limit 0 "$deb" > "$out/lintian.txt" 2>&1
echo "lintian: $(grep -c '^E:' "$out/lintian.txt") errors, $(grep -c '^W:' "$out/lintian.txt") warnings"
cat "$out/lintian.txt"
grep -q '^E:' "$out/lintian.txt" && problem "lintian reports errors"

# --- install on this machine (opt-in) ---
if [ "${CI:-}" = "true" ] || [ "${GC_PACKAGE_INSTALL_TEST:-}" = "1" ]; then
    if [ "$(id -u)" -eq 0 ]; then as_root() { "$@"; }
    elif sudo -n true 2>/dev/null; then as_root() { sudo -n "$@"; }
    else problem "the install test needs root or password-less sudo"; exit $fail; fi
    if dpkg-query -W -f='${Status}' groepsconsult 2>/dev/null | grep -q installed; then
        problem "groepsconsult is already installed here; the install test will not purge a real install"
        exit $fail
    fi
    purge() { as_root dpkg --purge groepsconsult > "$out/purge.log" 2>&1 || { echo "purge failed:"; cat "$out/purge.log"; }; }
    trap purge EXIT
    if ! as_root dpkg -i "$deb" > "$out/install.log" 2>&1; then
        cat "$out/install.log"; problem "dpkg -i failed"; exit $fail
    fi
    /usr/bin/groepsconsult --version || problem "installed groepsconsult --version failed"
    getent passwd groepsconsult > /dev/null || problem "no system user groepsconsult"
    [ "$(stat -c '%a %U' /var/lib/groepsconsult)" = "700 groepsconsult" ] \
        || problem "/var/lib/groepsconsult is $(stat -c '%a %U' /var/lib/groepsconsult), not 700 groepsconsult"
    [ -L /etc/systemd/system/graphical.target.wants/groepsconsult-kiosk.service ] \
        || problem "postinst did not enable groepsconsult-kiosk.service"
    data=$(mktemp -d)
    if GROEPSCONSULT_PASSPHRASE=package-test /usr/bin/groepsconsult init --db "$data/kiosk.db" \
        && GROEPSCONSULT_PASSPHRASE=package-test /usr/bin/groepsconsult check --db "$data/kiosk.db"; then
        echo "ok: installed init + check"
    else
        problem "installed groepsconsult init/check failed"
    fi
    # The installed programs find their deferred module (/usr/lib/groepsconsult) by themselves.
    if /usr/bin/groepsconsult card 7K3-QX0-PM4 --out "$data/card.pdf" > /dev/null \
        && head -c 5 "$data/card.pdf" | grep -q '%PDF-'; then
        echo "ok: installed card rendering (deferred module)"
    else
        problem "installed groepsconsult card failed"
    fi
    rm -rf "$data"
    trap - EXIT
    as_root dpkg --purge groepsconsult > "$out/purge.log" 2>&1 || { cat "$out/purge.log"; problem "purge failed"; }
    for path in /usr/bin/groepsconsult /usr/bin/groepsconsult-kiosk /etc/groepsconsult /usr/lib/groepsconsult \
                /lib/systemd/system/groepsconsult-kiosk.service /lib/udev/rules.d/69-groepsconsult.rules \
                /etc/systemd/system/graphical.target.wants/groepsconsult-kiosk.service \
                /usr/share/groepsconsult /var/lib/groepsconsult; do
        [ ! -e "$path" ] || problem "$path is still there after purge"
    done
    [ $fail -eq 0 ] && echo "ok: installed, ran and purged"
else
    echo "install test not run (set CI=true or GC_PACKAGE_INSTALL_TEST=1 to install and purge here)"
fi
exit $fail
