// Updates a link if its version matches; null values in $props remove properties.
OPTIONAL MATCH (a:Entity {id: $from})-[r {id: $id}]->(b:Entity)
WITH a, r, b, r IS NOT NULL AND ($expectedVersion IS NULL OR r.version = $expectedVersion) AS ok
CALL (r, ok) {
  WITH r WHERE ok
  SET r += $props, r.version = r.version + 1, r.updatedAt = datetime()
}
RETURN CASE WHEN r IS NULL THEN 'NOT_FOUND' WHEN NOT ok THEN 'CONFLICT' ELSE 'OK' END AS outcome,
  CASE WHEN r IS NULL THEN null ELSE {type: type(r), props: properties(r),
    from: {id: a.id, name: a.name, placeholder: coalesce(a.placeholder, false), label: [l IN labels(a) WHERE l <> 'Entity'][0]},
    to: {id: b.id, name: b.name, placeholder: coalesce(b.placeholder, false), label: [l IN labels(b) WHERE l <> 'Entity'][0]}} END AS link;
