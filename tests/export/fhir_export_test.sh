#!/usr/bin/env bash
# The GP export end to end: demo data -> `groepsconsult export gp` -> every bundle valid against
# the official FHIR R4 JSON schema, a PDF sheet next to each, and the summary line counts
# every participant once.
# Usage: fhir_export_test.sh GROEPSCONSULT SCHEMA WORKDIR
set -euo pipefail
cli="$1"; schema="$2"; work="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rm -rf "$work" && mkdir -p "$work"
export GROEPSCONSULT_PASSPHRASE="fhir-export-test"
"$cli" demo-data --db "$work/k.db" --participants 40 --seed 7 > "$work/codes.txt"
summary="$("$cli" export gp --db "$work/k.db" --out "$work/gp")"
echo "$summary"
exported="$(sed -E 's/^exported ([0-9]+) participants, skipped ([0-9]+).*/\1/' <<<"$summary")"
skipped="$(sed -E 's/^exported ([0-9]+) participants, skipped ([0-9]+).*/\2/' <<<"$summary")"
files=("$work"/gp/*/*.json)
[ "${#files[@]}" -eq "$exported" ] || { echo "FAIL: $exported exported but ${#files[@]} files"; exit 1; }
pdfs=("$work"/gp/*/*.pdf)
[ "${#pdfs[@]}" -eq "$exported" ] || { echo "FAIL: $exported exported but ${#pdfs[@]} sheets"; exit 1; }
for pdf in "${pdfs[@]}"; do head -c 5 "$pdf" | grep -q '%PDF-' || { echo "FAIL: $pdf is not a PDF"; exit 1; }; done
[ $((exported + skipped)) -eq 40 ] || { echo "FAIL: exported + skipped != 40"; exit 1; }
[ "$exported" -gt 0 ] && [ "$skipped" -gt 0 ] || { echo "FAIL: the demo day should have both"; exit 1; }
/usr/bin/python3 "$here/validate_fhir.py" "$schema" "${files[@]}"
