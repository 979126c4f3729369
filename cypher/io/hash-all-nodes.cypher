// Canonical hash of everything: every node but the migration records, with all its labels and properties.
MATCH (n) WHERE NOT n:LevermapMigration
RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props;
