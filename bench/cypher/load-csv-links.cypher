// Neo4j's own bulk path for the links of bench/import-scale.ts: the same relationships and stored properties.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  CREATE (a)-[r:MEMBER_OF]->(b)
  SET r.id = row.id, r.role = row.role, r.confidence = row.confidence, r.claimStatus = 'VERIFIED',
      r.version = 1, r.createdAt = datetime(),
      r.evSource = [row.evSource], r.evLine = [toInteger(row.evLine)], r.evQuote = [row.evQuote]
} IN TRANSACTIONS OF 5000 ROWS;
