// Removes what big-graph.cypher made.
MATCH (n:SecurityBigGraph) WHERE n.id STARTS WITH $prefix
DETACH DELETE n;
