// Deletes a node; refuses while it has links unless $detach, or when the version is stale.
OPTIONAL MATCH (n:Entity {id: $id}) WHERE NOT n:Source
WITH n, COUNT { (n)--() } AS degree
WITH n, degree, CASE
  WHEN n IS NULL THEN 'NOT_FOUND'
  WHEN $expectedVersion IS NOT NULL AND n.version <> $expectedVersion THEN 'CONFLICT'
  WHEN degree > 0 AND NOT $detach THEN 'HAS_LINKS'
  ELSE 'OK' END AS outcome
CALL (n, outcome) {
  WITH n WHERE outcome = 'OK'
  DETACH DELETE n
}
RETURN outcome, degree;
