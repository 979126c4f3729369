// After a restore: every domain node and link made through the API (it has createdAt) must have its audit
// entry (targetId = its id), or be named by an import's entry; seed data has none and is not counted missing.
CALL () {
  MATCH (n:Entity)
  WITH n, EXISTS { MATCH (e:AuditEntry {targetId: n.id}) } AS audited
  RETURN count(n) AS nodes, count(CASE WHEN audited THEN 1 END) AS nodesAudited,
         collect(CASE WHEN NOT audited AND n.createdAt IS NOT NULL THEN n.id END) AS nodesUnaudited
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WITH r, EXISTS { MATCH (e:AuditEntry {targetId: r.id}) } AS audited
  RETURN count(r) AS links, count(CASE WHEN audited THEN 1 END) AS linksAudited,
         collect(CASE WHEN NOT audited AND r.createdAt IS NOT NULL THEN r.id END) AS linksUnaudited
}
CALL () {
  OPTIONAL MATCH (i:AuditEntry {action: 'IMPORT'})
  RETURN collect(i.summary) AS imports
}
RETURN nodes, nodesAudited, links, linksAudited,
       [id IN nodesUnaudited WHERE NONE(s IN imports WHERE s CONTAINS ('"' + id + '"'))] AS nodesMissing,
       [id IN linksUnaudited WHERE NONE(s IN imports WHERE s CONTAINS ('"' + id + '"'))] AS linksMissing;
