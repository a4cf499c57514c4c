#!/usr/bin/env python3
"""The Spark job beside the CLI on one graph of the shared kit (M by default), one machine, local mode.

usage: Benchmarks/spark_beside_cli.py CLI SPARK_BIN DATA_DIR [SIZE]   (Benchmarks/run-spark runs it)

Times, for the same questions: the CLI (release build, snapshot warm, each command a fresh process,
median of 3) and one Spark application (`spark-submit --master local[2]`, the job's own per-command
times, bundle read once); the bundle's export (`export --format csv --split-rows 250000 --gzip`, and
plain) with its peak resident memory. Prints a Markdown section on stdout.
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
JOB = os.path.join(os.path.dirname(HERE), "spark", "summitgraph_spark.py")


def timed(words, env=None):
    started = time.monotonic()
    done = subprocess.run(["/usr/bin/time", "-v"] + words, capture_output=True, text=True, env=env)
    seconds = time.monotonic() - started
    if done.returncode != 0:
        sys.exit(f"failed: {' '.join(words)}\n{done.stderr[-2000:]}")
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1)) // 1024
    return seconds, peak, done.stdout


def main(cli, spark_bin, data, size):
    edges = os.path.join(data, f"{size}.edges.tsv")
    ids = [line.split("\t")[0] for line in open(os.path.join(data, f"{size}.nodes.tsv"), encoding="utf-8").read().splitlines()[1:3]]
    node, other = ids[0], ids[1]
    env = dict(os.environ, SUMMITGRAPH_PROGRESS="off")
    subprocess.run([cli, "stats", "--data", edges], capture_output=True, env=env)  # builds the snapshot
    asked = [["components", "--format", "tsv"], ["rank", "--by", "degree"], ["rank", "--by", "pagerank"],
             ["neighbors", node, "--depth", "1", "--format", "json"], ["neighbors", node, "--depth", "2", "--format", "json"],
             ["path", node, other, "--format", "json"]]
    rows = []
    for words in asked:
        runs = [timed([cli] + words + ["--data", edges], env) for _ in range(3)]
        rows.append((" ".join(words[:4] if words[0] != "components" else words[:1]), statistics.median(r[0] for r in runs),
                     max(r[1] for r in runs)))
    work = tempfile.mkdtemp(prefix="sg-bench-spark-")
    bundle = os.path.join(work, "bundle")
    export_gzip = timed([cli, "export", "--format", "csv", "--data", edges, "-o", bundle, "--split-rows", "250000", "--gzip"], env)
    export_plain = timed([cli, "export", "--format", "csv", "--data", edges, "-o", os.path.join(work, "plain")], env)
    size_gzip = sum(os.path.getsize(os.path.join(bundle, f)) for f in os.listdir(bundle))
    size_plain = sum(os.path.getsize(os.path.join(work, "plain", f)) for f in os.listdir(os.path.join(work, "plain")))
    batch = os.path.join(work, "commands")
    with open(batch, "w") as f:
        f.write("--format tsv components\nrank --by degree\nrank --by pagerank\n"
                f"neighbors {node} --depth 1\nneighbors {node} --depth 2\npath {node} {other}\n")
    spark_env = dict(os.environ, PATH=spark_bin + os.pathsep + os.environ["PATH"], SUMMITGRAPH_SPARK_TIMES="1")
    started = time.monotonic()
    done = subprocess.run([os.path.join(spark_bin, "spark-submit"), "--master", "local[2]", "--driver-memory", "4g",
                           "--conf", "spark.log.level=ERROR", JOB, bundle, "--batch", batch, "--output", os.path.join(work, "answers")],
                          capture_output=True, text=True, env=spark_env)
    spark_total = time.monotonic() - started
    if done.returncode != 0:
        sys.exit(done.stderr[-3000:])
    spark_times = [float(m.group(1)) for m in re.finditer(r"summitgraph-spark: .*: ([0-9.]+) s", done.stdout + done.stderr)]
    print(f"## {size} ({os.path.getsize(edges) / 1e6:.0f} MB of TSV): the Spark job beside the CLI\n")
    print(f"Run on {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, `local[2]`, driver memory 4 GB. CLI: release build, "
          "snapshot warm, a fresh process per command, median of 3. Spark: one application, the bundle read once "
          f"({spark_times[0]:.1f} s, start-up of the JVM and Spark session not included), each command's own time; "
          f"the whole application {spark_total:.0f} s.\n")
    print("| question | CLI (s) | CLI peak RSS (MB) | Spark job (s) | Spark ÷ CLI |\n|---|---:|---:|---:|---:|")
    for (label, seconds, peak), spark_seconds in zip(rows, spark_times[1:]):
        print(f"| {label} | {seconds:.2f} | {peak} | {spark_seconds:.1f} | {spark_seconds / seconds:.0f} |")
    print(f"\nThe bundle: `export --format csv --split-rows 250000 --gzip` {export_gzip[0]:.1f} s, peak RSS {export_gzip[1]} MB, "
          f"{size_gzip / 1e6:.0f} MB; plain (one file per table) {export_plain[0]:.1f} s, peak RSS {export_plain[1]} MB, {size_plain / 1e6:.0f} MB.")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else "M")
