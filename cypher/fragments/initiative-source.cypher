// The initiatives queries/initiatives starts from, as i: a place's (and those of the places within it) when $place
// is set, else those with $status (from its index) when that is set, else every initiative. Each branch tests its
// parameters before it reads, so only one of them reads anything.
CALL () {
  MATCH (:Place {id: $place})<-[:WITHIN*0..3]-(:Place)<-[:LOCATED_IN]-(i:Initiative)
  RETURN DISTINCT i
  UNION ALL
  WITH $status AS status WHERE $place IS NULL AND status IS NOT NULL
  MATCH (i:Initiative) WHERE i.status = status
  RETURN i
  UNION ALL
  WITH $place AS place WHERE place IS NULL AND $status IS NULL
  MATCH (i:Initiative)
  RETURN i
}
