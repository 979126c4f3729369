// Creates a node; the id constraint turns a duplicate id into a CONFLICT.
CREATE (n:Entity {id: $id})
SET n:$($label), n += $props, n.version = 1, n.createdAt = datetime()
RETURN $label AS label, properties(n) AS props, [] AS links;
