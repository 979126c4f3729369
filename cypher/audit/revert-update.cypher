// Puts a node or link back to its BEFORE copy (as a new audited change), keeping its version counting up.
MATCH (old:AuditEntry {id: $auditId})-[:BEFORE]->(before:AuditSnapshot)
OPTIONAL MATCH (n:Entity {id: old.targetId})
OPTIONAL MATCH (:Entity {id: before.linkFrom})-[r {id: old.targetId}]->(:Entity {id: before.linkTo})
WITH old, before, coalesce(n, r) AS target
WHERE target IS NOT NULL
CREATE (e:AuditEntry {id: $audit.id, at: datetime(), user: $audit.user, action: 'REVERT', targetKind: old.targetKind,
                      targetId: old.targetId, targetLabel: old.targetLabel, reason: $audit.reason, reverts: old.id})
CREATE (e)-[:BEFORE]->(b2:AuditSnapshot)
SET b2 = properties(target)
WITH old, before, target, e, target.version AS v
SET target = properties(before)
REMOVE target.linkType, target.linkFrom, target.linkTo
// A link's copy taken before links stored their claimStatus.
SET target.claimStatus = CASE WHEN old.targetKind = 'LINK' THEN coalesce(target.claimStatus, 'VERIFIED') ELSE target.claimStatus END
SET target.version = v + 1, target.updatedAt = datetime(), old.revertedBy = e.id
CREATE (e)-[:AFTER]->(a2:AuditSnapshot)
SET a2 = properties(target)
RETURN e.id AS id;
