// Updates a link if its version matches; null values in $props remove properties. Audited before and after.
OPTIONAL MATCH (a:Entity {id: $from})-[r {id: $id}]->(b:Entity)
WITH a, r, b, r IS NOT NULL AND ($expectedVersion IS NULL OR r.version = $expectedVersion) AS ok
CALL (a, r, b, ok) {
  WITH a, r, b WHERE ok
  CREATE (e:AuditEntry {id: $audit.id, at: datetime(), user: $audit.user, action: $audit.action, targetKind: 'LINK',
                        targetId: $id, targetLabel: type(r), reason: $audit.reason})
  CREATE (e)-[:BEFORE]->(before:AuditSnapshot)
  SET before = properties(r), before.linkType = type(r), before.linkFrom = a.id, before.linkTo = b.id
  SET r += $props, r.version = r.version + 1, r.updatedAt = datetime()
  CREATE (e)-[:AFTER]->(after:AuditSnapshot)
  SET after = properties(r), after.linkType = type(r), after.linkFrom = a.id, after.linkTo = b.id
}
RETURN CASE WHEN r IS NULL THEN 'NOT_FOUND' WHEN NOT ok THEN 'CONFLICT' ELSE 'OK' END AS outcome,
  CASE WHEN r IS NULL THEN null ELSE {type: type(r), props: properties(r),
    from: {id: a.id, name: a.name, placeholder: coalesce(a.placeholder, false), label: [l IN labels(a) WHERE l <> 'Entity'][0]},
    to: {id: b.id, name: b.name, placeholder: coalesce(b.placeholder, false), label: [l IN labels(b) WHERE l <> 'Entity'][0]}} END AS link;
