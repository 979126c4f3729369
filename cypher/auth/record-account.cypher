// The audit entry of a new account (auth/create-user made it in the same request): who added it, with what role.
CREATE (a:AuditEntry {id: $audit.id, at: datetime(), user: $audit.user, action: 'CREATE', targetKind: 'ACCOUNT',
                      targetId: $username, targetLabel: 'Account', reason: $audit.reason})
CREATE (a)-[:AFTER]->(:AuditSnapshot {role: $role, disabled: false});
