// Import commit: nodes of any label (sources too) in one fixed-shape statement. MERGE on the id takes the
// unique-constraint lock, so two imports of the same file cannot both create a node. A row is applied only
// if it still changes something; a node that changed since the dry run (version differs) is a CONFLICT,
// and the caller then rolls the whole import back. $rows: {id, label, props, remove, expectedVersion}
// (expectedVersion 0 when the plan was to create).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.version = 0
WITH row, n, n.version = 0 AS fresh,
     [k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]] + [k IN row.remove WHERE n[k] IS NOT NULL] AS changed
WITH row, n, CASE
  WHEN fresh THEN 'CREATED'
  WHEN NOT row.label IN labels(n) THEN 'CONFLICT'
  WHEN size(changed) = 0 THEN 'UNCHANGED'
  WHEN n.version <> row.expectedVersion THEN 'CONFLICT'
  ELSE 'UPDATED' END AS outcome
CALL (n, row, outcome) {
  WITH n, row, outcome WHERE outcome IN ['CREATED', 'UPDATED']
  SET n:$(row.label), n += row.props,
      n.version = CASE outcome WHEN 'CREATED' THEN 1 ELSE n.version + 1 END,
      n.createdAt = CASE outcome WHEN 'CREATED' THEN datetime() ELSE n.createdAt END,
      n.updatedAt = CASE outcome WHEN 'UPDATED' THEN datetime() ELSE n.updatedAt END
  FOREACH (k IN row.remove | SET n[k] = null)
}
RETURN row.id AS id, outcome;
