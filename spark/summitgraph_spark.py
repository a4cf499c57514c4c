"""summitgraph's answers from Apache Spark: reads a CSV bundle (`summitgraph export --format csv`)
from any path Spark reads and answers as the CLI does, in the same JSON and TSV shapes.

    spark-submit --master 'local[*]' spark/summitgraph_spark.py BUNDLE [--format json|tsv] COMMAND …
      components
      rank --by degree|pagerank [--top N]
      neighbors NAME [--depth N] [--direction out|in|both]
      path A B [--directed]          (the shortest path's length)
    … BUNDLE --output FILE COMMAND …    the answer in FILE (spark-submit merges the job's stderr into
                                        its stdout, so messages and answer would share stdout)
    … BUNDLE --batch FILE --output DIR   one command a line; answers in DIR/1.out, 2.out … with N.status

Exit status as the CLI's: 0, 3 (no path), 64 (usage), 65 (the bundle cannot be read), 66 (a name
matches no node or several), 1 (anything else). See spark/README.md.
"""
import argparse
import os
import shlex
import sys
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from sgspark import bundle, neighbors, queries  # noqa: E402
from sgspark.graph import BundleGraph, QueryError  # noqa: E402
from sgspark.output import json_text, tsv_text  # noqa: E402


class Usage(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message):
        raise Usage(message)


def command_parser():
    parser = Parser(prog="summitgraph_spark.py BUNDLE", add_help=False)
    parser.add_argument("--format", choices=["json", "tsv"], default="json")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    commands.add_parser("components")
    rank = commands.add_parser("rank")
    rank.add_argument("--by", required=True, choices=["degree", "pagerank"])
    rank.add_argument("--top", type=int, default=10)
    near = commands.add_parser("neighbors")
    near.add_argument("name")
    near.add_argument("--depth", type=int, default=1)
    near.add_argument("--direction", choices=["out", "in", "both"], default="both")
    path = commands.add_parser("path")
    path.add_argument("start")
    path.add_argument("end")
    path.add_argument("--directed", action="store_true")
    return parser


def answer(graph, args):
    """The answer's text for one parsed command."""
    tsv = args.format == "tsv"
    if args.command == "components":
        parts = queries.components(graph)
        return tsv_text(*queries.components_tsv(parts)) if tsv else json_text(queries.components_json(parts))
    if args.command == "rank":
        if args.top < 1:
            raise Usage("--top must be at least 1")
        ranked = queries.rank(graph, args.by, args.top)
        return tsv_text(*queries.rank_tsv(args.by, ranked)) if tsv else json_text(queries.rank_json(args.by, graph.node_count, ranked))
    if args.command == "neighbors":
        if args.depth < 1:
            raise Usage(f"--depth must be at least 1, not {args.depth}")
        report = neighbors.neighborhood(graph, args.name, args.depth, args.direction)
        return tsv_text(*neighbors.neighbors_tsv(report)) if tsv else json_text(report)
    source, target, hops = queries.path_length(graph, args.start, args.end, args.directed)
    if hops is None:
        raise QueryError(f"no path from '{source['name']}' to '{target['name']}' with these filters", status=3)
    return tsv_text(*queries.path_tsv(source, target, hops)) if tsv else json_text(queries.path_json(source, target, hops, args.directed))


def run(graph, words):
    """(status, stdout text, stderr text) for one command line."""
    try:
        return 0, answer(graph, command_parser().parse_args(words)), ""
    except Usage as error:
        return 64, "", f"summitgraph-spark: error: {error}\n"
    except QueryError as error:
        return error.status, "", f"summitgraph-spark: error: {error}\n"


def main(argv):
    top = Parser(prog="summitgraph_spark.py", add_help=True)
    top.add_argument("bundle", help="the bundle's folder: a local path, hdfs://…, s3a://…")
    top.add_argument("--scratch", help="a folder every executor reads, for GraphX's edge lists (default /tmp/summitgraph-spark/APP-ID)")
    top.add_argument("--verify", action="store_true", help="check every part's SHA-256 and size against the manifest first")
    top.add_argument("--batch", help="a file of command lines, one a line")
    top.add_argument("--output", help="the file for the answer; with --batch, the folder for the answers")
    try:
        options, words = top.parse_known_args(argv)
        if options.batch and not options.output:
            raise Usage("--batch needs --output FOLDER")
        lines = [shlex.split(line) for line in open(options.batch, encoding="utf-8")] if options.batch else [words]
        for line in lines:
            command_parser().parse_args(line)  # usage errors before Spark starts
    except (Usage, OSError) as error:
        print(f"summitgraph-spark: error: {error}", file=sys.stderr)
        return 64
    from pyspark.sql import SparkSession
    spark = SparkSession.builder.appName("summitgraph").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    if not spark.sparkContext.getConf().contains("spark.sql.shuffle.partitions"):
        # Spark's 200 shuffle partitions cost seconds a join on small graphs; the cores are enough.
        spark.conf.set("spark.sql.shuffle.partitions", str(max(2, spark.sparkContext.defaultParallelism)))
    scratch = options.scratch or f"/tmp/summitgraph-spark/{spark.sparkContext.applicationId}-{uuid.uuid4().hex[:8]}"
    try:
        started = time.monotonic()
        graph = BundleGraph(spark, options.bundle, scratch)
        if options.verify:
            problems = bundle.verify(spark, options.bundle, graph.manifest)
            if problems:
                raise bundle.BundleError("; ".join(problems))
        if os.environ.get("SUMMITGRAPH_SPARK_TIMES"):
            print(f"summitgraph-spark: reading the bundle: {time.monotonic() - started:.2f} s", file=sys.stderr)
        status = 0
        for i, line in enumerate(lines, 1):
            started = time.monotonic()
            code, out, err = run(graph, line)
            if os.environ.get("SUMMITGRAPH_SPARK_TIMES"):
                print(f"summitgraph-spark: {shlex.join(line)}: {time.monotonic() - started:.2f} s", file=sys.stderr)
            if options.batch:
                os.makedirs(options.output, exist_ok=True)
                with open(os.path.join(options.output, f"{i}.out"), "w", encoding="utf-8") as f:
                    f.write(out)
                with open(os.path.join(options.output, f"{i}.status"), "w") as f:
                    f.write(f"{code}\n{err}")
            elif options.output:
                with open(options.output, "w", encoding="utf-8") as f:
                    f.write(out)
                sys.stderr.write(err)
                status = code
            else:
                sys.stdout.write(out)
                sys.stderr.write(err)
                status = code
        return status
    except bundle.BundleError as error:
        print(f"summitgraph-spark: error: {error}", file=sys.stderr)
        return 65
    except Exception as error:  # Spark's own failures: the first line of its message, not the trace
        print(f"summitgraph-spark: error: {str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__}",
              file=sys.stderr)
        return 1
    finally:
        _remove(spark, scratch)
        spark.stop()


def _remove(spark, folder):
    jvm, conf = spark.sparkContext._jvm, spark.sparkContext._jsc.hadoopConfiguration()
    path = jvm.org.apache.hadoop.fs.Path(folder)
    path.getFileSystem(conf).delete(path, True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
