// How big whole-graph analysis would be, from Neo4j's count store (constant time): entities and links from them.
RETURN COUNT { MATCH (n:Entity) } AS nodes, COUNT { MATCH (:Entity)-[r]->() } AS links;
