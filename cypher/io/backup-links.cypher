// Backup: every relationship, by its end nodes' element ids, with its properties and their types.
MATCH (a)-[r]->(b) WHERE NOT a:LevermapMigration AND NOT b:LevermapMigration
RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, properties(r) AS props,
       [k IN keys(r) | [k, valueType(r[k])]] AS types;
