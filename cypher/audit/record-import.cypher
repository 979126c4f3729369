// One audit entry for a committed import, written in the import's own transaction: who, when, why, and what
// it changed (counts and the ids, as JSON).
CREATE (a:AuditEntry {id: $audit.id, at: datetime(), user: $audit.user, action: 'IMPORT', targetKind: 'IMPORT',
                      targetId: $audit.id, targetLabel: $audit.format, reason: $audit.reason, summary: $summary});
