// Audit entries for one node or link (or, with $targetId null, for everything), newest first.
MATCH (a:AuditEntry)
WHERE $targetId IS NULL OR a.targetId = $targetId
WITH a ORDER BY a.at DESC LIMIT $first
RETURN a.id AS id, toString(a.at) AS at, a.user AS user, a.action AS action, a.targetKind AS targetKind,
  a.targetId AS targetId, a.targetLabel AS targetLabel, a.reason AS reason, a.revertedBy AS revertedBy,
  [(a)-[:BEFORE]->(b) | properties(b)][0] AS before,
  [(a)-[:AFTER]->(x) | properties(x)][0] AS after;
