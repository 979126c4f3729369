// Canonical hash of everything: every node but the migration records and imports in progress, with all its labels
// and properties.
MATCH (n) WHERE NOT n:LevermapMigration AND NOT n:ImportState AND NOT n:ImportBatch
RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props;
