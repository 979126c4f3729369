// Places loader: every relationship of the places in $ids, either way, to move onto the place they merge into.
MATCH (p:Place)-[r]-(o)
WHERE p.id IN $ids
RETURN p.id AS place, r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to,
       properties(r) AS props;
