OPTIONAL MATCH (:Entity {id: $from})-[r {id: $id}]->()
WITH r, CASE
  WHEN r IS NULL THEN 'NOT_FOUND'
  WHEN $expectedVersion IS NOT NULL AND r.version <> $expectedVersion THEN 'CONFLICT'
  ELSE 'OK' END AS outcome
CALL (r, outcome) {
  WITH r WHERE outcome = 'OK'
  DELETE r
}
RETURN outcome;
