// Undoes a deletion: recreates the node with its links whose other end still exists, or the link, as a new audited change.
MATCH (old:AuditEntry {id: $auditId})-[:BEFORE]->(before:AuditSnapshot)
WHERE NOT EXISTS { MATCH (x:Entity {id: old.targetId}) } AND NOT EXISTS { MATCH ()-[x {id: old.targetId}]->() }
CREATE (e:AuditEntry {id: $audit.id, at: datetime(), user: $audit.user, action: 'REVERT', targetKind: old.targetKind,
                      targetId: old.targetId, targetLabel: old.targetLabel, reason: $audit.reason, reverts: old.id})
SET old.revertedBy = e.id
WITH old, before, e,
  CASE WHEN old.targetKind = 'NODE' THEN [before] ELSE [] END AS nodeCopies,
  CASE WHEN old.targetKind = 'LINK' THEN [before] ELSE [] + COLLECT { MATCH (old)-[:REMOVED_LINK]->(l) RETURN l } END AS linkCopies
CALL (nodeCopies, old) {
  UNWIND nodeCopies AS copy
  CREATE (n:Entity)
  SET n = properties(copy), n:$(old.targetLabel)
}
CALL (linkCopies) {
  UNWIND linkCopies AS copy
  MATCH (a:Entity {id: copy.linkFrom}), (b:Entity {id: copy.linkTo})
  CREATE (a)-[r:$(copy.linkType)]->(b)
  SET r = properties(copy)
  REMOVE r.linkType, r.linkFrom, r.linkTo
  // A copy taken before links stored their claimStatus.
  SET r.claimStatus = coalesce(r.claimStatus, 'VERIFIED')
}
CREATE (e)-[:AFTER]->(after:AuditSnapshot)
SET after = properties(before)
RETURN e.id AS id;
