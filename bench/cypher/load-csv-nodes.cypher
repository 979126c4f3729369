// Neo4j's own bulk path for the rows bench/import-scale.ts imports through Levermap: the same nodes, with the
// same stored properties (citations as the parallel evSource/evLine/evQuote lists), committed every 5,000 rows.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (n:Entity {id: row.id})
  ON CREATE SET n.version = 1, n.createdAt = datetime()
  SET n:$(row.label), n.name = row.name, n.kind = row.kind, n.type = row.type, n.description = row.description,
      n.evSource = [row.evSource], n.evLine = [toInteger(row.evLine)], n.evQuote = [row.evQuote]
} IN TRANSACTIONS OF 5000 ROWS;
