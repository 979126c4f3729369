// Canonical hash of everything: every relationship, by its end nodes' element ids (the caller replaces them
// with the nodes' canonical form, since element ids differ between databases).
MATCH (a)-[r]->(b) WHERE NOT a:LevermapMigration AND NOT b:LevermapMigration
RETURN elementId(a) AS a, type(r) AS type, properties(r) AS props, elementId(b) AS b;
