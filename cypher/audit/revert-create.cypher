// Undoes a creation: deletes the node (only if it has no links) or the link, as a new audited change.
MATCH (old:AuditEntry {id: $auditId})-[:AFTER]->(created:AuditSnapshot)
OPTIONAL MATCH (n:Entity {id: old.targetId}) WHERE old.targetKind = 'NODE' AND NOT EXISTS { (n)--() }
OPTIONAL MATCH (:Entity {id: created.linkFrom})-[r {id: old.targetId}]->(:Entity {id: created.linkTo}) WHERE old.targetKind = 'LINK'
WITH old, coalesce(n, r) AS target, n, r
WHERE target IS NOT NULL
CREATE (e:AuditEntry {id: $audit.id, at: datetime(), user: $audit.user, action: 'REVERT', targetKind: old.targetKind,
                      targetId: old.targetId, targetLabel: old.targetLabel, reason: $audit.reason, reverts: old.id})
CREATE (e)-[:BEFORE]->(b2:AuditSnapshot)
SET b2 = properties(target), old.revertedBy = e.id
WITH e, n, r
CALL (n) { WITH n WHERE n IS NOT NULL DELETE n }
CALL (r) { WITH r WHERE r IS NOT NULL DELETE r }
RETURN e.id AS id;
