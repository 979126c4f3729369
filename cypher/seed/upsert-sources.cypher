// Seed and import: documents, idempotent on id.
UNWIND $rows AS row
MERGE (s:Entity {id: row.id})
SET s:Source, s += row.props, s.name = row.props.title, s.version = coalesce(s.version, 1);
