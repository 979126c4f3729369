// Benchmark generator: the DATASET source every generated node and link cites by record.
MERGE (s:Entity {id: $id})
ON CREATE SET s:Source, s.title = $title, s.name = $title, s.kind = 'DATASET', s.textHeld = false, s.version = 1;
