// Creates a node and its audit entry; the id constraint turns a duplicate id into a CONFLICT.
CREATE (n:Entity {id: $id})
SET n:$($label), n += $props, n.version = 1, n.createdAt = datetime()
CREATE (a:AuditEntry {id: $audit.id, at: datetime(), user: $audit.user, action: 'CREATE', targetKind: 'NODE',
                      targetId: $id, targetLabel: $label, reason: $audit.reason})
CREATE (a)-[:AFTER]->(after:AuditSnapshot)
SET after = properties(n)
RETURN $label AS label, properties(n) AS props, [] AS links;
