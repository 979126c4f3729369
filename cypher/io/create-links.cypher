// Import commit: links the plan found missing, of any type. CREATE, not MERGE: MERGE with a dynamic type
// slows down in a transaction that has just created many nodes (bench/import.ts). A link that appeared since
// the plan is UNCHANGED if it says the same, else CONFLICT; the relationship id constraints stop two imports
// creating the same link, and the import then plans again. $rows: {id, type, from, to, props, remove}.
UNWIND $rows AS row
OPTIONAL MATCH (a:Entity {id: row.from})
OPTIONAL MATCH (b:Entity {id: row.to})
OPTIONAL CALL (a, row) {
  MATCH (a)-[old]->()
  WHERE old.id = row.id
  RETURN old
}
WITH row, a, b, CASE
  WHEN a IS NULL OR b IS NULL THEN 'MISSING_END'
  WHEN old IS NULL THEN 'CREATED'
  WHEN size([k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k]] + [k IN row.remove WHERE old[k] IS NOT NULL]) = 0 THEN 'UNCHANGED'
  ELSE 'CONFLICT' END AS outcome
CALL (a, b, row, outcome) {
  WITH a, b, row, outcome WHERE outcome = 'CREATED'
  CREATE (a)-[r:$(row.type)]->(b)
  SET r += row.props, r.id = row.id, r.version = 1, r.createdAt = datetime()
  SET r.claimStatus = coalesce(row.props.claimStatus, 'VERIFIED')
}
RETURN row.id AS id, outcome;
