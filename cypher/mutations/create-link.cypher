// Creates a link between two existing nodes whose labels the model allows at each end, with its audit entry.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
WITH a, b,
  [l IN labels(a) WHERE l <> 'Entity'][0] AS fromLabel,
  [l IN labels(b) WHERE l <> 'Entity'][0] AS toLabel,
  EXISTS { MATCH (a)-[r {id: $id}]->() } AS exists
WITH a, b, fromLabel, toLabel, CASE
  WHEN a IS NULL THEN 'FROM_NOT_FOUND'
  WHEN b IS NULL THEN 'TO_NOT_FOUND'
  WHEN NOT fromLabel IN $fromLabels OR NOT toLabel IN $toLabels THEN 'BAD_ENDS'
  WHEN exists THEN 'CONFLICT'
  ELSE 'OK' END AS outcome
CALL (a, b, outcome) {
  WITH a, b WHERE outcome = 'OK'
  CREATE (a)-[r:$($type) {id: $id}]->(b)
  SET r += $props, r.version = 1, r.createdAt = datetime()
  SET r.claimStatus = coalesce($props.claimStatus, 'VERIFIED')
  CREATE (e:AuditEntry {id: $audit.id, at: datetime(), user: $audit.user, action: 'CREATE', targetKind: 'LINK',
                        targetId: $id, targetLabel: $type, reason: $audit.reason})
  CREATE (e)-[:AFTER]->(after:AuditSnapshot)
  SET after = properties(r), after.linkType = $type, after.linkFrom = $from, after.linkTo = $to
}
OPTIONAL MATCH (a)-[r {id: $id}]->(b)
RETURN outcome, fromLabel, toLabel,
  CASE WHEN r IS NULL OR outcome <> 'OK' THEN null ELSE {type: type(r), props: properties(r),
    from: {id: a.id, name: a.name, placeholder: coalesce(a.placeholder, false), label: fromLabel},
    to: {id: b.id, name: b.name, placeholder: coalesce(b.placeholder, false), label: toLabel}} END AS link;
