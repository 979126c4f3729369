// A signIn lockout (api/features/auth/throttle.ts): which account or client address, for how long, after how
// many failures. The account or address is in `user`, which only verifiers and admins see.
CREATE (a:AuditEntry {id: $id, at: datetime(), user: $who, action: 'LOCKOUT', targetKind: 'SIGN_IN', targetId: 'sign-in',
                      targetLabel: $kind, reason: $reason});
