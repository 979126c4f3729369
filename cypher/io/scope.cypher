// Export scope of one place or partnership ($label, $id): the node (and, for a place, the places within
// it), every node linked to those, then the backers, target groups and places of the initiatives found, and
// the organisations of the directorates found. Sources are added by the caller from the citations.
MATCH (p:Entity {id: $id}) WHERE $label IN labels(p)
OPTIONAL MATCH (sub:Place)-[:WITHIN*1..]->(p)
WITH collect(DISTINCT p) + collect(DISTINCT sub) AS core
UNWIND core AS c
OPTIONAL MATCH (c)--(m:Entity)
WITH core, collect(DISTINCT m) AS ring1
WITH core + ring1 AS s1
UNWIND s1 AS x
OPTIONAL MATCH (x:Initiative)--(y:Entity)
WITH s1, collect(DISTINCT y) AS ring2
WITH s1 + ring2 AS s2
UNWIND s2 AS x
OPTIONAL MATCH (x:Directorate)-[:PART_OF]->(o:Organisation)
WITH s2, collect(DISTINCT o) AS orgs
UNWIND s2 + orgs AS n
WITH DISTINCT n WHERE NOT n:Source
RETURN collect(n.id) AS ids;
