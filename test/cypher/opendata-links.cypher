// Tests only: the links of one node, either way.
MATCH (n:Entity {id: $id})-[r]-(o)
RETURN r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props
ORDER BY id;
