"""summitgraph's answers computed by Apache Spark from a CSV bundle (see spark/README.md)."""
