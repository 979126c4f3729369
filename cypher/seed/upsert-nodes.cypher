// Seed and import: nodes of any label in one fixed-shape statement. Creates what is missing and never
// overwrites a node that exists, so re-seeding cannot undo a user's edits.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:$(row.label), n += row.props, n.version = 1;
