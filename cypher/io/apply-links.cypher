// Import commit: links of any type, as apply-nodes does for nodes. A row whose end has gone since the dry
// run is MISSING_END, and the caller rolls back. $rows: {id, type, from, to, props, remove, expectedVersion}.
UNWIND $rows AS row
OPTIONAL MATCH (a:Entity {id: row.from})
OPTIONAL MATCH (b:Entity {id: row.to})
CALL (a, b, row) {
  WITH a, b, row WHERE a IS NULL OR b IS NULL
  RETURN 'MISSING_END' AS outcome
  UNION
  WITH a, b, row WHERE a IS NOT NULL AND b IS NOT NULL
  MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
  ON CREATE SET r.version = 0
  WITH row, r, r.version = 0 AS fresh,
       [k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k]] + [k IN row.remove WHERE r[k] IS NOT NULL] AS changed
  WITH row, r, CASE
    WHEN fresh THEN 'CREATED'
    WHEN size(changed) = 0 THEN 'UNCHANGED'
    WHEN r.version <> row.expectedVersion THEN 'CONFLICT'
    ELSE 'UPDATED' END AS outcome
  CALL (r, row, outcome) {
    WITH r, row, outcome WHERE outcome IN ['CREATED', 'UPDATED']
    SET r += row.props,
        r.version = CASE outcome WHEN 'CREATED' THEN 1 ELSE r.version + 1 END,
        r.createdAt = CASE outcome WHEN 'CREATED' THEN datetime() ELSE r.createdAt END,
        r.updatedAt = CASE outcome WHEN 'UPDATED' THEN datetime() ELSE r.updatedAt END
    FOREACH (k IN row.remove | SET r[k] = null)
  }
  RETURN outcome
}
RETURN row.id AS id, outcome;
