// TESTS ONLY: the audit entry of a source's creation.
MATCH (a:AuditEntry {targetId: $id})
RETURN a.user AS user, a.action AS action, a.targetLabel AS targetLabel
LIMIT 1;
