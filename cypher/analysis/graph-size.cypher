// How big whole-graph analysis would be, from Neo4j's count store (constant time): entities and links from them,
// and the Source nodes among the entities (the analysis leaves them out).
RETURN COUNT { MATCH (n:Entity) } AS nodes, COUNT { MATCH (:Entity)-[r]->() } AS links,
  COUNT { MATCH (s:Source) } AS sources;
