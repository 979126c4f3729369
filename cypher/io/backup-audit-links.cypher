// Backup, pass 4: the audit trail's relationships (an entry to its snapshots).
MATCH (a)-[r]->(b) WHERE a:AuditEntry OR a:AuditSnapshot OR b:AuditEntry OR b:AuditSnapshot
RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, properties(r) AS props,
       [k IN keys(r) | [k, valueType(r[k])]] AS types;
