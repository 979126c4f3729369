// Backup: every node but the migration records (the schema comes back from cypher/schema), with its labels,
// its properties and each property's type, so that a restore brings back floats, dates and times as they were.
MATCH (n) WHERE NOT n:LevermapMigration
RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props,
       [k IN keys(n) | [k, valueType(n[k])]] AS types;
