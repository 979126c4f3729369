// Deletes a node; refuses while it has links unless $detach, or when the version is stale.
// The audit entry keeps a copy of the node and of every link removed with it.
OPTIONAL MATCH (n:Entity {id: $id}) WHERE NOT n:Source
WITH n, COUNT { (n)--() } AS degree
WITH n, degree, CASE
  WHEN n IS NULL THEN 'NOT_FOUND'
  WHEN $expectedVersion IS NOT NULL AND n.version <> $expectedVersion THEN 'CONFLICT'
  WHEN degree > 0 AND NOT $detach THEN 'HAS_LINKS'
  ELSE 'OK' END AS outcome
CALL (n, outcome) {
  WITH n WHERE outcome = 'OK'
  CREATE (a:AuditEntry {id: $audit.id, at: datetime(), user: $audit.user, action: 'DELETE', targetKind: 'NODE',
                        targetId: $id, targetLabel: [l IN labels(n) WHERE l <> 'Entity'][0], reason: $audit.reason})
  CREATE (a)-[:BEFORE]->(before:AuditSnapshot)
  SET before = properties(n)
  WITH n, a
  CALL (n, a) {
    MATCH (n)-[r]-(m:Entity)
    CREATE (a)-[:REMOVED_LINK]->(s:AuditSnapshot)
    SET s = properties(r), s.linkType = type(r), s.linkFrom = startNode(r).id, s.linkTo = endNode(r).id
  }
  DETACH DELETE n
}
RETURN outcome, degree;
