// Import: existing links by id, found from their start node ($rows: {id, from}).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(:Entity)
WHERE r.id = row.id
RETURN r.id AS id, properties(r) AS props;
