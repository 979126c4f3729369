// Benchmark generator: how much of the generated graph is already there, and whether writing it finished.
MATCH (s:Source {id: $id})
RETURN COUNT { MATCH (n:Entity) WHERE n.id STARTS WITH $prefix } AS nodes,
       COUNT { MATCH ()-[r]->() WHERE r.id STARTS WITH 'lnk-scale-' } AS links,
       coalesce(s.generated, false) AS complete;
