// How many of the given ids are visible as entities, and how many links leave them.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN count(n) AS nodes, sum(COUNT { (n)-[:MEMBER_OF]->(:Entity) }) AS links;
