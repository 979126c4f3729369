// Seed and import: links of any type, created when missing and never overwritten; returns the ids whose ends are missing.
UNWIND $rows AS row
OPTIONAL MATCH (a:Entity {id: row.from})
OPTIONAL MATCH (b:Entity {id: row.to})
CALL (a, b, row) {
  WITH a, b, row WHERE a IS NOT NULL AND b IS NOT NULL
  MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
  ON CREATE SET r += row.props, r.version = 1
  ON CREATE SET r.claimStatus = coalesce(row.props.claimStatus, 'VERIFIED')
}
WITH row WHERE a IS NULL OR b IS NULL
RETURN collect(row.id) AS missing;
