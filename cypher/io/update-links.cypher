// Import commit: links the plan found changed. Applied only if the link still differs and still has the
// version the plan read; a link changed or deleted since is a CONFLICT and the caller rolls back.
// $rows: {id, from, props, remove, expectedVersion}.
UNWIND $rows AS row
OPTIONAL MATCH (a:Entity {id: row.from})
OPTIONAL CALL (a, row) {
  MATCH (a)-[r]->()
  WHERE r.id = row.id
  RETURN r
}
WITH row, r, CASE
  WHEN r IS NULL THEN 'CONFLICT'
  WHEN size([k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k]] + [k IN row.remove WHERE r[k] IS NOT NULL]) = 0 THEN 'UNCHANGED'
  WHEN r.version <> row.expectedVersion THEN 'CONFLICT'
  ELSE 'UPDATED' END AS outcome
CALL (r, row, outcome) {
  WITH r, row, outcome WHERE outcome = 'UPDATED'
  SET r += row.props, r.version = r.version + 1, r.updatedAt = datetime()
  FOREACH (k IN row.remove | SET r[k] = null)
}
RETURN row.id AS id, outcome;
