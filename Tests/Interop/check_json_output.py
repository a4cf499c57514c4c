#!/usr/bin/env python3
"""Checks each command's JSON output against its committed schema (JSON Schema draft 2020-12).

Usage: check_json_output.py SCHEMAS_DIR OUTPUT_DIR
OUTPUT_DIR holds COMMAND.CASE.json files; each is validated against SCHEMAS_DIR/COMMAND.schema.json.
Every schema in SCHEMAS_DIR must itself be a valid draft 2020-12 schema. Prints one line per
problem and exits 1 when there is any."""
import json, os, sys
from jsonschema import Draft202012Validator

schemas_dir, outputs_dir = sys.argv[1], sys.argv[2]
problems, checked = [], 0
for name in sorted(os.listdir(schemas_dir)):
    if name.endswith(".schema.json"):
        schema = json.load(open(os.path.join(schemas_dir, name), encoding="utf-8"))
        if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
            problems.append(f"{name}: $schema is not draft 2020-12")
        Draft202012Validator.check_schema(schema)
for name in sorted(os.listdir(outputs_dir)):
    command = name.split(".")[0]
    schema = json.load(open(os.path.join(schemas_dir, f"{command}.schema.json"), encoding="utf-8"))
    document = json.load(open(os.path.join(outputs_dir, name), encoding="utf-8"))
    for error in Draft202012Validator(schema).iter_errors(document):
        problems.append(f"{name}: at /{'/'.join(map(str, error.absolute_path))}: {error.message[:200]}")
    checked += 1
for problem in problems:
    print(problem)
print(f"{checked} outputs checked, {len(problems)} problems")
sys.exit(1 if problems or checked == 0 else 0)
