// Benchmark only (bench/suggest.ts): every node but documents, and every link between them, for the in-memory
// baselines and for choosing the links to hide.
RETURN
  COLLECT { MATCH (n:Entity) WHERE NOT n:Source RETURN {id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0]} } AS nodes,
  COLLECT {
    MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT a:Source AND NOT b:Source
    RETURN {id: r.id, type: type(r), from: a.id, to: b.id, stance: r.stance}
  } AS links;
