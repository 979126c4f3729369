// Import commit: findings, in one fixed-shape statement, as io/apply-nodes does for nodes. Findings carry the label
// Knowledge (never Entity), so they are merged on the knowledge_id constraint. A row is applied only if it still
// changes something; a finding changed since the dry run, or an id held by another kind of knowledge item, is a
// CONFLICT and the caller rolls the import back. $rows: {id, props, remove, expectedVersion}.
UNWIND $rows AS row
MERGE (n:Knowledge {id: row.id})
ON CREATE SET n.version = 0
WITH row, n, n.version = 0 AS fresh,
     [k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]] + [k IN row.remove WHERE n[k] IS NOT NULL] AS changed
WITH row, n, CASE
  WHEN fresh THEN 'CREATED'
  WHEN NOT n:Finding THEN 'CONFLICT'
  WHEN size(changed) = 0 THEN 'UNCHANGED'
  WHEN n.version <> row.expectedVersion THEN 'CONFLICT'
  ELSE 'UPDATED' END AS outcome
CALL (n, row, outcome) {
  WITH n, row, outcome WHERE outcome IN ['CREATED', 'UPDATED']
  SET n:Finding, n += row.props,
      n.version = CASE outcome WHEN 'CREATED' THEN 1 ELSE n.version + 1 END,
      n.createdAt = CASE outcome WHEN 'CREATED' THEN datetime() ELSE n.createdAt END,
      n.updatedAt = CASE outcome WHEN 'UPDATED' THEN datetime() ELSE n.updatedAt END
  FOREACH (k IN row.remove | SET n[k] = null)
}
RETURN row.id AS id, outcome;
