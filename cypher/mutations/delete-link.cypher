// Deletes a link if its version matches, keeping a copy in its audit entry.
OPTIONAL MATCH (a:Entity {id: $from})-[r {id: $id}]->(b:Entity)
WITH a, r, b, CASE
  WHEN r IS NULL THEN 'NOT_FOUND'
  WHEN $expectedVersion IS NOT NULL AND r.version <> $expectedVersion THEN 'CONFLICT'
  ELSE 'OK' END AS outcome
CALL (a, r, b, outcome) {
  WITH a, r, b WHERE outcome = 'OK'
  CREATE (e:AuditEntry {id: $audit.id, at: datetime(), user: $audit.user, action: 'DELETE', targetKind: 'LINK',
                        targetId: $id, targetLabel: type(r), reason: $audit.reason})
  CREATE (e)-[:BEFORE]->(before:AuditSnapshot)
  SET before = properties(r), before.linkType = type(r), before.linkFrom = a.id, before.linkTo = b.id
  DELETE r
}
RETURN outcome;
