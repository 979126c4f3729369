// The version and a few stored properties of the nodes with the given ids (import reports and tests).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.version AS version, properties(n) AS props
ORDER BY id;
