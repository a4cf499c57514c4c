"""A bundle's graph as Spark holds it: nodes and edges keyed by their ordinals (summitgraph's own
order, which breaks ties as the CLI does), and the simple undirected view the CLI's analysis reads
(parallel edges once, self-loops dropped, edges either way), as GraphX graphs when asked."""
from pyspark.sql import functions as F

from . import bundle
from .graphx import GraphX
from .output import fold


class QueryError(Exception):
    """A name that matches no node or several; `status` is the CLI's exit status for it."""

    def __init__(self, message, status=66):
        super().__init__(message)
        self.status = status


class BundleGraph:
    def __init__(self, spark, folder, scratch):
        self.spark, self.folder, self.scratch = spark, folder, scratch
        self.manifest = bundle.read_manifest(spark, folder)
        self.nodes = bundle.read_table(spark, folder, self.manifest, "nodes").cache()
        edges = bundle.read_table(spark, folder, self.manifest, "edges")
        slugs = self.nodes.select(F.col("id").alias("slug"), F.col("ordinal").alias("o"))
        ends = edges.join(slugs.withColumnRenamed("o", "s").withColumnRenamed("slug", "src"), "src") \
                    .join(slugs.withColumnRenamed("o", "t").withColumnRenamed("slug", "dst"), "dst")
        self.edges = ends.cache()
        self.node_count = self.nodes.count()
        self._graphx = {}

    def pairs(self):
        """The simple undirected view: each joined pair once, as (src < dst)."""
        return self.edges.where(F.col("s") != F.col("t")) \
            .select(F.least("s", "t").alias("src"), F.greatest("s", "t").alias("dst")).distinct()

    def arcs(self, directed=False):
        """The simple view's arcs: each ordered pair once; both ways unless `directed`."""
        if directed:
            return self.edges.where(F.col("s") != F.col("t")).select(F.col("s").alias("src"), F.col("t").alias("dst")).distinct()
        pairs = self.pairs()
        return pairs.unionByName(pairs.select(F.col("dst").alias("src"), F.col("src").alias("dst")))

    def graphx(self, view):
        """GraphX over `pairs` or `arcs` / `directed-arcs`, loaded once per view."""
        if view not in self._graphx:
            frame = {"pairs": self.pairs, "arcs": self.arcs, "directed-arcs": lambda: self.arcs(directed=True)}[view]()
            self._graphx[view] = GraphX(self.spark, frame, self.scratch.rstrip("/") + "/" + view)
        return self._graphx[view]

    def node_rows(self, ordinals=None):
        """{ordinal: node row as a dict}, for `ordinals` or every node."""
        frame = self.nodes if ordinals is None else self.nodes.where(F.col("ordinal").isin(list(ordinals)))
        return {r["ordinal"]: r.asDict() for r in frame.select("ordinal", "id", "name", "kind", "subtype").collect()}

    def node_rows_by_id(self, ids):
        """{ordinal: node row as a dict} for the nodes with these ids."""
        frame = self.nodes.where(F.col("id").isin(list(ids)))
        return {r["ordinal"]: r.asDict() for r in frame.select("ordinal", "id", "name", "kind", "subtype").collect()}

    def sources(self):
        """{id: source row as a dict}: the sources table, which is small."""
        return {r["id"]: r.asDict() for r in bundle.read_table(self.spark, self.folder, self.manifest, "sources").collect()}

    def resolve(self, name):
        """A node's ordinal from its id, else its name or an alias (case and accents folded), else
        words found in one node's names only: the CLI's rules, in its order."""
        found = [r["ordinal"] for r in self.nodes.where(F.col("id") == name).select("ordinal").collect()]
        if found:
            return found[0]
        key, words = fold(name), set(fold(name).split())
        rows = self.nodes.select("ordinal", "id", "name", "aliases").collect()
        names = [(r["ordinal"], r["id"], [fold(r["name"] or "")] + [fold(a) for a in (r["aliases"] or [])]) for r in rows]
        for matches in ([n for n in names if key in n[2]],
                        [n for n in names if words and any(words <= set(k.split()) for k in n[2])]):
            if len(matches) == 1:
                return matches[0][0]
            if len(matches) > 1:
                ids = ", ".join(sorted(m[1] for m in matches)[:8])
                raise QueryError(f"'{name}' fits {len(matches)} nodes: {ids}; give an id")
        raise QueryError(f"no node is named '{name}'")
