#!/usr/bin/python3
"""Validates FHIR R4 JSON files against the official fhir.schema.json (draft-06).

Usage: validate_fhir.py SCHEMA FILE...   Exit 0 when every file is valid, 1 otherwise (each
error printed with its file and path), 2 when the schema is missing (packaging/dev.sh deps
fetches it).
"""
import json
import sys

import jsonschema


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            schema = json.load(f)
    except OSError as e:
        print(f"no FHIR schema at {argv[1]} ({e.strerror}): run packaging/dev.sh deps", file=sys.stderr)
        return 2
    validator = jsonschema.Draft6Validator(schema)
    bad = 0
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        errors = list(validator.iter_errors(document))
        for error in errors[:5]:
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: {where}: {error.message[:300]}", file=sys.stderr)
        bad += bool(errors)
    print(f"{len(argv) - 2 - bad} of {len(argv) - 2} FHIR files valid")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
