// Backup, pass 3: the audit trail (entries and their before/after snapshots), read after the nodes and links,
// so that it holds the entries of everything the first passes saw (an entry commits with its change).
MATCH (n) WHERE n:AuditEntry OR n:AuditSnapshot
RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props,
       [k IN keys(n) | [k, valueType(n[k])]] AS types;
