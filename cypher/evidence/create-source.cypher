// Adds a document: its Source node, one Passage per non-blank line, and the audit entry, in one statement.
// A taken id changes nothing and answers CONFLICT. $passages: [{line, text, record?}].
OPTIONAL MATCH (old:Entity {id: $id})
WITH old, old IS NULL AS fresh
CALL (fresh) {
  WITH fresh WHERE fresh
  CREATE (s:Entity:Source {id: $id})
  SET s += $props, s.name = $props.title, s.version = 1, s.createdAt = datetime()
  WITH s
  CALL (s) {
    UNWIND $passages AS p
    CREATE (s)-[:HAS_PASSAGE]->(pp:Passage)
    SET pp = p, pp.sourceId = $id
  }
  CREATE (a:AuditEntry {id: $audit.id, at: datetime(), user: $audit.user, action: 'CREATE', targetKind: 'NODE',
                        targetId: $id, targetLabel: 'Source', reason: $audit.reason})
  CREATE (a)-[:AFTER]->(after:AuditSnapshot)
  SET after = properties(s)
}
RETURN CASE WHEN fresh THEN 'OK' ELSE 'CONFLICT' END AS outcome;
