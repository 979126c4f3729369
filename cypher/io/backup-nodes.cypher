// Backup, pass 1: every node but the audit trail and the migration records (the schema comes back from
// cypher/schema), with its labels, its properties and each property's type, so that a restore brings back
// floats, dates and times as they were. The audit trail is read last (backup-audit-nodes), see docs/adr. An
// import still staging or switching is not yet part of the graph (api/features/io/staged.ts).
MATCH (n) WHERE NOT n:LevermapMigration AND NOT n:AuditEntry AND NOT n:AuditSnapshot
            AND NOT n:ImportState AND NOT n:ImportBatch
RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props,
       [k IN keys(n) | [k, valueType(n[k])]] AS types;
