#!/usr/bin/env python3
"""The consumers' side of the CSV bundle tests: reads bundles as Python's csv, gzip and hashlib do.

usage: check_bundle.py REFERENCE BUNDLE...

REFERENCE is a one-file bundle (nodes.csv, edges.csv, sources.csv, manifest.json); each BUNDLE is the
same graph in parts, maybe gzip. For every bundle: each part's SHA-256, size and row count equal
the manifest's; the header (in its own file or on each part, as the manifest says) names the
manifest's columns; and the data rows, read part by part in the manifest's order, equal the
reference's. Exits 1 with one line per problem.
"""
import csv, gzip, hashlib, io, json, os, sys

problems = []


def check(ok, message):
    if not ok:
        problems.append(message)


def read_rows(data):
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def table_rows(folder):
    manifest = json.load(open(os.path.join(folder, "manifest.json"), encoding="utf-8"))
    check(manifest["format"] == "summitgraph-csv-bundle" and manifest["version"] == 1, f"{folder}: not a version-1 bundle")
    tables = {}
    for table in manifest["tables"]:
        header = [c["header"] for c in table["columns"]]
        if table.get("headerFile"):
            with open(os.path.join(folder, table["headerFile"]), "rb") as f:
                check(read_rows(f.read()) == [header], f"{folder}: {table['headerFile']} is not the manifest's header")
        rows = []
        for part in table["parts"]:
            with open(os.path.join(folder, part["file"]), "rb") as f:
                raw = f.read()
            check(hashlib.sha256(raw).hexdigest() == part["sha256"], f"{folder}: {part['file']}: SHA-256 differs from the manifest's")
            check(len(raw) == part["bytes"], f"{folder}: {part['file']}: size differs from the manifest's")
            data = gzip.decompress(raw) if manifest["compression"] == "gzip" else raw
            check(manifest["compression"] != "gzip" or part["file"].endswith(".csv.gz"), f"{folder}: {part['file']}: not named .csv.gz")
            lines = read_rows(data)
            if part["header"]:
                check(lines[:1] == [header], f"{folder}: {part['file']}: its first line is not the header")
                lines = lines[1:]
            check(len(lines) == part["rows"], f"{folder}: {part['file']}: {len(lines)} rows, the manifest says {part['rows']}")
            check(all(len(r) == len(header) for r in lines), f"{folder}: {part['file']}: a row has the wrong number of fields")
            rows += lines
        check(len(rows) == table["rows"], f"{folder}: {table['name']}: {len(rows)} rows, the manifest says {table['rows']}")
        tables[table["name"]] = (header, rows)
    return manifest, tables


reference_manifest, reference = table_rows(sys.argv[1])
check(not any(t.get("headerFile") for t in reference_manifest["tables"]), "the reference has header files")
for folder in sys.argv[2:]:
    manifest, tables = table_rows(folder)
    check(manifest["flavour"] == reference_manifest["flavour"], f"{folder}: another flavour than the reference")
    for name, (header, rows) in reference.items():
        check(tables.get(name) == (header, rows), f"{folder}: {name} differs from the reference's")
for problem in problems:
    print(problem)
print(f"check_bundle: {len(sys.argv) - 1} bundles, {len(problems)} problems")
sys.exit(1 if problems else 0)
