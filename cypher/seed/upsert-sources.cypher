// Seed and import: documents, created when missing.
UNWIND $rows AS row
MERGE (s:Entity {id: row.id})
ON CREATE SET s:Source, s += row.props, s.name = row.props.title, s.version = 1;
