// Export: every link of the model's types between domain nodes, or only those with both ends in $ids.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY r.id;
