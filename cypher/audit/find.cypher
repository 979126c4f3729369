MATCH (a:AuditEntry {id: $id})
RETURN a.action AS action, a.targetKind AS targetKind, a.targetId AS targetId, a.targetLabel AS targetLabel, a.revertedBy AS revertedBy;
