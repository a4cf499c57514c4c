"""PageRank as summitgraph and NetworkX compute it, iterated with Spark DataFrames.

GraphX has a PageRank, but not this one: it gives dangling nodes' mass back in proportion to the
ranks (it rescales the sum to n) where NetworkX spreads it evenly, and it stops after a fixed count
or when every vertex moves less than a tolerance, where NetworkX stops once the L1 change is below
n·tol. On big graphs that rule stops early, so only the same iterates agree to 1e-6: this is the
iteration of summitgraph's AnalysisGraph.pageRank on the simple undirected view (damping 0.85,
uniform start, teleport and dangling spread; at most 100 iterations).
"""
from pyspark.sql import functions as F

from .graph import QueryError


def pagerank(graph, alpha=0.85, tolerance=1e-6, max_iterations=100):
    """{ordinal: value} for every node."""
    n = graph.node_count
    if n == 0:
        return {}
    arcs = graph.arcs().cache()
    degree = arcs.groupBy("src").agg(F.count("*").alias("d"))
    nodes = graph.nodes.select(F.col("ordinal").alias("v")).join(degree.withColumnRenamed("src", "v"), "v", "left") \
        .fillna(0, ["d"]).cache()
    uniform = 1 / n  # the same operations as summitgraph's, in the same order, for the same rounding
    x = nodes.select("v", "d", F.lit(uniform).alias("x")).localCheckpoint()
    teleport, limit = (1 - alpha) * uniform, n * tolerance
    dangling = x.where(F.col("d") == 0).agg(F.sum("x")).first()[0] or 0.0
    held = None
    for _ in range(max_iterations):
        shares = x.where(F.col("d") > 0).select(F.col("v").alias("src"), (F.col("x") / F.col("d")).alias("share"))
        sums = arcs.join(shares, "src").groupBy(F.col("dst").alias("v")).agg(F.sum("share").alias("sum"))
        following = x.join(sums, "v", "left").select(
            "v", "d", F.col("x").alias("previous"),
            (F.lit(alpha) * (F.coalesce(F.col("sum"), F.lit(0.0)) + F.lit(dangling * uniform)) + F.lit(teleport)).alias("x"))
        # `x` is used twice, so an unbroken plan would double each iteration: cut it every time.
        following = following.localCheckpoint()
        # One pass gives the change and the next iteration's dangling mass.
        change, dangling = following.agg(F.sum(F.abs(F.col("x") - F.col("previous"))),
                                          F.sum(F.when(F.col("d") == 0, F.col("x")).otherwise(0.0))).first()
        if held is not None:
            held.unpersist()
        held, x = following, following.select("v", "d", "x")
        if change < limit:
            return {r["v"]: r["x"] for r in x.collect()}
    raise QueryError(f"PageRank did not converge in {max_iterations} iterations", status=1)
