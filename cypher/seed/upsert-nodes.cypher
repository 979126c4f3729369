// Seed and import: nodes of any label in one fixed-shape statement, idempotent on id.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label), n += row.props, n.version = coalesce(n.version, 1);
