// Whether an import landed: its audit entry is written in the import's own transaction, so it exists if and
// only if the import committed.
OPTIONAL MATCH (a:AuditEntry {id: $id, action: 'IMPORT'})
RETURN a IS NOT NULL AS landed, toString(a.at) AS at, a.summary AS summary;
