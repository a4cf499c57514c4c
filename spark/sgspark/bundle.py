"""Reading a summitgraph CSV bundle from any path Spark reads (local, HDFS, S3…), either flavour.

The manifest gives every table's columns, types and parts; the parts are read with that schema
(never inferred), each with or without its header line as the manifest says, and typed: `long`
as bigint, `double` as double, `boolean` as boolean, `date` as date, `string[]` split on the
array delimiter, `json` kept as text.
"""
import hashlib
import json

from pyspark.sql import functions as F
from pyspark.sql.types import StringType, StructField, StructType


class BundleError(Exception):
    """The bundle cannot be read as its manifest describes it."""


def _join(folder, name):
    return folder.rstrip("/") + "/" + name


def read_manifest(spark, folder):
    path = _join(folder, "manifest.json")
    try:
        text = "".join(r.value for r in spark.read.text(path, wholetext=True).collect())
    except Exception as error:  # Spark says why in a long trace; the first line is enough
        raise BundleError(f"{path}: cannot be read ({str(error).splitlines()[0]})")
    try:
        manifest = json.loads(text)
    except ValueError as error:
        raise BundleError(f"{path}: not JSON ({error})")
    if manifest.get("format") != "summitgraph-csv-bundle" or manifest.get("version") != 1:
        raise BundleError(f"{path}: not a version-1 summitgraph CSV bundle; export it again with summitgraph export --format csv")
    return manifest


def read_table(spark, folder, manifest, name):
    """The table `name` as a typed DataFrame, its rows in no particular order (use `ordinal`)."""
    table = next((t for t in manifest["tables"] if t["name"] == name), None)
    if table is None:
        raise BundleError(f"{_join(folder, 'manifest.json')}: no table '{name}'")
    schema = StructType([StructField(c["name"], StringType(), True) for c in table["columns"]])
    frames = []
    for header in (True, False):
        paths = [_join(folder, p["file"]) for p in table["parts"] if p["header"] == header]
        if paths:
            frames.append(spark.read.csv(paths, schema=schema, header=header, multiLine=manifest["multilineFields"],
                                         quote='"', escape='"', mode="FAILFAST", encoding="UTF-8"))
    frame = frames[0] if len(frames) == 1 else frames[0].unionByName(frames[1])
    delimiter = manifest.get("arrayDelimiter", ";")
    for column in table["columns"]:
        c = F.col(column["name"])
        if column["type"] == "long":
            frame = frame.withColumn(column["name"], c.cast("bigint"))
        elif column["type"] in ("double", "boolean"):
            frame = frame.withColumn(column["name"], c.cast(column["type"]))
        elif column["type"] == "date":
            frame = frame.withColumn(column["name"], F.to_date(c, "yyyy-MM-dd"))
        elif column["type"] == "string[]":
            frame = frame.withColumn(column["name"], F.split(c, "\\" + delimiter if delimiter in ".$|()[]{}^?*+\\" else delimiter))
    return frame


def verify(spark, folder, manifest):
    """Checks every part's SHA-256 and size against the manifest, on the executors.
    Returns the problems found, one line each."""
    parts = [_join(folder, p["file"]) for t in manifest["tables"] for p in t["parts"]]
    expected = {qualified(spark, path): (p["sha256"], p["bytes"], path)
                for path, p in zip(parts, (p for t in manifest["tables"] for p in t["parts"]))}
    try:
        found = dict(spark.sparkContext.binaryFiles(",".join(parts))
                     .map(lambda item: (item[0], (hashlib.sha256(item[1]).hexdigest(), len(item[1])))).collect())
    except Exception as error:  # a part that is not there: Hadoop names it
        raise BundleError(f"{folder}: a part cannot be read ({str(error).strip().splitlines()[0]})")
    problems = []
    for name, (digest, size, path) in expected.items():
        if name not in found:
            problems.append(f"{path}: missing")
        elif found[name] != (digest, size):
            problems.append(f"{path}: its SHA-256 or size differs from the manifest's")
    return problems


def qualified(spark, path):
    """`path` as Hadoop names it once resolved (`file:/…`, `hdfs://host:port/…`)."""
    jvm, conf = spark.sparkContext._jvm, spark.sparkContext._jsc.hadoopConfiguration()
    p = jvm.org.apache.hadoop.fs.Path(path)
    return p.getFileSystem(conf).makeQualified(p).toString()
