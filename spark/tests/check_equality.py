#!/usr/bin/env python3
"""The Spark job and the Swift CLI give the same answers (issue 16's equality test).

usage: check_equality.py CLI SPARK_BIN [EDGES]

CLI is the summitgraph executable, SPARK_BIN the virtual environment's bin/ (spark/setup prints it).
For the seeds (a one-file neo4j bundle) and a generated graph of EDGES edges (100,000 by default; a
GraphFrames bundle in gzip parts), it exports the bundle with the CLI, asks the CLI and one Spark
application (`spark-submit --master local[2] --batch`) the same questions, and checks:
  components, rank --by degree, neighbors (JSON and TSV): the same bytes;
  rank --by pagerank over every node: the same nodes in the same order, values within 1e-6;
  path lengths: the same, and the same exit status when no path joins the two nodes.
Prints one line per difference and a closing 'N passed, N failed' line; exits 1 on a difference.
"""
import json
import os
import random
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
JOB = os.path.join(os.path.dirname(HERE), "summitgraph_spark.py")
TOLERANCE = 1e-6


def cli(binary, data, words):
    env = dict(os.environ, SUMMITGRAPH_PROGRESS="off")
    done = subprocess.run([binary] + words + ["--data", data], capture_output=True, text=True, env=env)
    return done.returncode, done.stdout


def questions(graph_ids, n, rng):
    """Command lines to ask both: components, rankings over every node, neighbourhoods, paths."""
    asked = [["--format", "json", "components"], ["--format", "tsv", "components"],
             ["--format", "json", "rank", "--by", "degree", "--top", str(n)],
             ["--format", "tsv", "rank", "--by", "degree", "--top", "25"],
             ["--format", "json", "rank", "--by", "pagerank", "--top", str(n)]]
    for name in rng.sample(graph_ids, min(6, len(graph_ids))):
        asked.append(["--format", "json", "neighbors", name, "--depth", "1"])
        asked.append(["--format", "json", "neighbors", name, "--depth", "2"])
    asked.append(["--format", "tsv", "neighbors", graph_ids[0], "--depth", "2"])
    for _ in range(8):
        asked.append(["--format", "json", "path", rng.choice(graph_ids), rng.choice(graph_ids)])
    return asked


def to_cli(words):
    """The CLI's argument order: the command first, then its options and --format."""
    fmt = words[1]
    return words[2:] + ["--format", fmt]


def compare(words, expected, got, status, spark_status):
    """A difference in words, or None."""
    command = words[2]
    if command == "path":
        if status != spark_status:
            return f"exit status {spark_status}, the CLI's {status}"
        if status != 0:
            return None
        cli_length = json.loads(expected)["paths"][0]["length"]
        spark_length = json.loads(got)["length"]
        return None if cli_length == spark_length else f"length {spark_length}, the CLI's {cli_length}"
    if status != spark_status:
        return f"exit status {spark_status}, the CLI's {status}"
    if command == "rank" and "pagerank" in words:
        a, b = json.loads(expected), json.loads(got)
        if [r["node"] for r in a["ranking"]] != [r["node"] for r in b["ranking"]]:
            # Order may differ only between values closer than the tolerance.
            values_a = {r["node"]["id"]: r["value"] for r in a["ranking"]}
            values_b = {r["node"]["id"]: r["value"] for r in b["ranking"]}
            if set(values_a) != set(values_b):
                return "other nodes ranked"
            for x, y in zip(a["ranking"], b["ranking"]):
                if x["node"] != y["node"] and abs(x["value"] - y["value"]) > TOLERANCE:
                    return f"order differs at rank {x['rank']} beyond the tolerance"
        worst = max((abs(x["value"] - y["value"]) for x, y in zip(sorted(a["ranking"], key=lambda r: r["node"]["id"]),
                                                                   sorted(b["ranking"], key=lambda r: r["node"]["id"]))), default=0)
        compare.worst = max(getattr(compare, "worst", 0.0), worst)
        if worst > TOLERANCE:
            return f"PageRank differs by {worst:.3g}"
        if {k: v for k, v in a.items() if k != "ranking"} != {k: v for k, v in b.items() if k != "ranking"}:
            return "the report's other members differ"
        return None
    if expected != got:
        for i, (x, y) in enumerate(zip(expected.splitlines(), got.splitlines())):
            if x != y:
                return f"line {i + 1}: CLI {x[:120]!r}, Spark {y[:120]!r}"
        return f"lengths differ: CLI {len(expected)} bytes, Spark {len(got)}"
    return None


def check(label, binary, spark_bin, data, bundle_options, work, rng):
    bundle = os.path.join(work, label + "-bundle")
    status, _ = cli(binary, data, ["export", "--format", "csv", "-o", bundle] + bundle_options)
    assert status == 0, f"{label}: export failed"
    ids = [line.split("\t")[0] for line in cli(binary, data, ["list", "--format", "tsv"])[1].splitlines()[1:]]
    rng.shuffle(ids)
    asked = questions(ids, len(ids), rng)
    batch = os.path.join(work, label + ".commands")
    with open(batch, "w", encoding="utf-8") as f:
        f.writelines(shlex.join(words) + "\n" for words in asked)
    answers = os.path.join(work, label + "-answers")
    started = time.monotonic()
    env = dict(os.environ, PATH=spark_bin + os.pathsep + os.environ["PATH"], SUMMITGRAPH_SPARK_TIMES="1")
    done = subprocess.run([os.path.join(spark_bin, "spark-submit"), "--master", "local[2]", "--conf", "spark.log.level=ERROR",
                           JOB, bundle, "--verify", "--batch", batch, "--output", answers], capture_output=True, text=True, env=env)
    spark_seconds = time.monotonic() - started
    if done.returncode != 0:
        print("\n".join(line for line in done.stderr.splitlines() if " WARN " not in line and " INFO " not in line)[-6000:])
        return 0, [f"{label}: the Spark job failed with status {done.returncode}"]
    started = time.monotonic()
    passed, failures = 0, []
    for i, words in enumerate(asked, 1):
        status, expected = cli(binary, data, to_cli(words))
        with open(os.path.join(answers, f"{i}.out"), encoding="utf-8") as f:
            got = f.read()
        with open(os.path.join(answers, f"{i}.status"), encoding="utf-8") as f:
            spark_status = int(f.readline())
        difference = compare(words, expected, got, status, spark_status)
        if difference:
            failures.append(f"{label}: {' '.join(to_cli(words))}: {difference}")
        else:
            passed += 1
    cli_seconds = time.monotonic() - started
    times = [line.split("summitgraph-spark: ")[1] for line in (done.stdout + done.stderr).splitlines() if "summitgraph-spark: " in line]
    print(f"spark equality: {label}: {len(asked)} questions; Spark application {spark_seconds:.1f} s "
          f"({'; '.join(times[:1] + [t for t in times if 'pagerank' in t])}), CLI {cli_seconds:.1f} s in all")
    return passed, failures


def main(binary, spark_bin, edges):
    rng = random.Random(16)
    work = tempfile.mkdtemp(prefix="sg-spark-")
    try:
        seeds = os.path.join(os.path.dirname(os.path.dirname(HERE)), "seeds")
        subprocess.run([sys.executable, os.path.join(HERE, "generate_graph.py"), work, str(edges)], check=True)
        generated = os.path.join(work, "generated.edges.tsv")
        results = [check("seeds", binary, spark_bin, seeds, [], work, rng),
                   check("generated", binary, spark_bin, generated,
                         ["--flavour", "graphframes", "--split-rows", str(max(1, edges // 4)), "--gzip"], work, rng)]
    finally:
        if not os.environ.get("SUMMITGRAPH_SPARK_KEEP"):
            shutil.rmtree(work, ignore_errors=True)
    failures = [f for _, fs in results for f in fs]
    for failure in failures:
        print(failure)
    print(f"spark equality: largest PageRank difference {getattr(compare, 'worst', 0.0):.3g} (tolerance {TOLERANCE:g})")
    print(f"spark equality: {sum(p for p, _ in results)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 100_000))
