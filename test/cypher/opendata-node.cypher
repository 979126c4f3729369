// Tests only: one node by id, with its labels and properties.
MATCH (n:Entity {id: $id}) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props;
