// Backup, pass 2: every relationship outside the audit trail, by its end nodes' element ids, with its
// properties and their types.
MATCH (a)-[r]->(b)
WHERE NOT a:LevermapMigration AND NOT b:LevermapMigration
  AND NOT a:AuditEntry AND NOT a:AuditSnapshot AND NOT b:AuditEntry AND NOT b:AuditSnapshot
RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, properties(r) AS props,
       [k IN keys(r) | [k, valueType(r[k])]] AS types;
