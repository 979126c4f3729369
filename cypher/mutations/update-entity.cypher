// Updates a node of the given label if its version matches; null values in $props remove properties.
// The audit entry keeps copies of the node before and after.
OPTIONAL MATCH (n:Entity {id: $id}) WHERE $label IN labels(n)
WITH n, n IS NOT NULL AND ($expectedVersion IS NULL OR n.version = $expectedVersion) AS ok
CALL (n, ok) {
  WITH n WHERE ok
  CREATE (a:AuditEntry {id: $audit.id, at: datetime(), user: $audit.user, action: 'UPDATE', targetKind: 'NODE',
                        targetId: $id, targetLabel: $label, reason: $audit.reason})
  CREATE (a)-[:BEFORE]->(before:AuditSnapshot)
  SET before = properties(n)
  SET n += $props, n.version = n.version + 1, n.updatedAt = datetime()
  CREATE (a)-[:AFTER]->(after:AuditSnapshot)
  SET after = properties(n)
}
RETURN CASE WHEN n IS NULL THEN 'NOT_FOUND' WHEN NOT ok THEN 'CONFLICT' ELSE 'OK' END AS outcome,
  $label AS label, properties(n) AS props,
  COLLECT {
    MATCH (n)-[r]-(m:Entity)
    RETURN {type: type(r), props: properties(r), outgoing: startNode(r) = n,
            other: {id: m.id, name: m.name, placeholder: coalesce(m.placeholder, false),
                    label: [l IN labels(m) WHERE l <> 'Entity'][0]}}
  } AS links;
