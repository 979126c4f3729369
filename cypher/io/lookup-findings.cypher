// Import: the stored knowledge items with the given $ids (a finding row names its own; any other label there is an
// error), and which of the ids they are about ($about, and those of the stored findings, for a row that leaves its
// about as stored) name a node or link in the graph. A link id is TYPE:from:to[:lever]: its start node is part two.
CALL () {
  UNWIND $ids AS id
  MATCH (k:Knowledge {id: id})
  RETURN collect({id: k.id, label: [l IN labels(k) WHERE l <> 'Knowledge'][0], props: properties(k)}) AS existing
}
WITH existing, $about + reduce(a = [], e IN existing | a + coalesce(e.props.about, [])) AS about
CALL (about) {
  UNWIND about AS id
  OPTIONAL MATCH (n:Entity {id: id})
  OPTIONAL MATCH (:Entity {id: split(id, ':')[1]})-[r]->(:Entity) WHERE r.id = id
  WITH id, n, r WHERE n IS NOT NULL OR r IS NOT NULL
  RETURN collect(DISTINCT id) AS known
}
RETURN existing, known;
