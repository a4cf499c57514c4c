"""GraphX, Spark's graph engine (its jars ship with pyspark), driven through py4j.

GraphX has no Python API, and its Scala one takes closures and ClassTags. What this module calls
takes neither: GraphLoader.edgeListFile (a text file of `src dst` pairs, written to a scratch folder
on the cluster's file system), GraphOps (connectedComponents, degrees), lib.ShortestPaths.run (with
an immutable Seq of landmarks and a ClassTag from scala.reflect), and results come back to Python
through SerDeUtil.pairRDDToPython, the pickling bridge pyspark's own sequenceFile uses. No Java or
Scala code of ours is compiled, so the job runs wherever pyspark runs.
"""
from pyspark.rdd import RDD
from pyspark.serializers import AutoBatchedSerializer, CPickleSerializer
from pyspark.sql import functions as F


class GraphX:
    """A GraphX graph of `(src, dst)` vertex-id pairs (Longs), loaded once."""

    def __init__(self, spark, arcs, scratch):
        """`arcs`: a DataFrame of `src`, `dst` longs; `scratch`: a folder every executor can read."""
        self.spark, self.sc = spark, spark.sparkContext
        self.jvm = self.sc._jvm
        arcs.select(F.concat_ws(" ", F.col("src").cast("string"), F.col("dst").cast("string"))) \
            .write.mode("overwrite").text(scratch)
        level = self.jvm.org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK()
        self.graph = self.jvm.org.apache.spark.graphx.GraphLoader.edgeListFile(self.sc._jsc.sc(), scratch, False, -1, level, level)

    def _to_python(self, pairs):
        """A JVM RDD of Scala pairs as a Python RDD of tuples."""
        jrdd = self.jvm.org.apache.spark.api.python.SerDeUtil.pairRDDToPython(pairs, 1).toJavaRDD()
        return RDD(jrdd, self.sc, AutoBatchedSerializer(CPickleSerializer()))

    def connected_components(self):
        """(vertex, the smallest vertex id of its component), for vertices with an edge."""
        return self._to_python(self.graph.ops().connectedComponents().vertices())

    def degrees(self):
        """(vertex, its number of edges), for vertices with an edge."""
        return self._to_python(self.graph.ops().degrees())

    def distance(self, source, target):
        """Hops from `source` to `target` along the arcs, or None: ShortestPaths with `target` as the landmark."""
        landmarks = self.sc._gateway.new_array(self.jvm.long, 1)
        landmarks[0] = target
        seq = self.jvm.scala.collection.immutable.ArraySeq.unsafeWrapArray(landmarks)
        result = self.jvm.org.apache.spark.graphx.lib.ShortestPaths.run(self.graph, seq, self.jvm.scala.reflect.ClassTag.Int())
        tag = self.jvm.scala.reflect.ClassTag.Any()
        found = self.jvm.org.apache.spark.api.java.JavaPairRDD.fromRDD(result.vertices(), tag, tag).lookup(source)
        if found.isEmpty():
            return None
        hops = found.get(0).get(target)
        return hops.get() if hops.isDefined() else None

    def static_pagerank(self, iterations, reset=0.15):
        """GraphX's own PageRank (kept to measure how far it is from NetworkX's; see queries.pagerank)."""
        return self._to_python(self.graph.ops().staticPageRank(iterations, reset).vertices())
