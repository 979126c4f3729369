// An admin's change to one account, audited in the same statement: a new role ($role), disabled or enabled
// ($disabled), a new password ($passwordHash) or deletion ($delete). The last active admin can be neither
// demoted, disabled nor deleted (outcome LAST_ADMIN, nothing changed). A disabled, deleted or re-passworded
// account's sessions end. The audit copies hold role and disabled only, never a password hash.
OPTIONAL MATCH (u:LevermapUser {username: $username})
WITH u, COUNT { MATCH (x:LevermapUser {role: 'ADMIN'}) WHERE NOT coalesce(x.disabled, false) } AS admins
WITH u, admins, CASE
  WHEN u IS NULL THEN 'NOT_FOUND'
  WHEN u.role = 'ADMIN' AND NOT coalesce(u.disabled, false) AND admins <= 1
       AND ($delete OR $disabled = true OR coalesce($role, 'ADMIN') <> 'ADMIN') THEN 'LAST_ADMIN'
  ELSE 'OK' END AS outcome
WITH u, outcome, u.username AS username, toString(u.createdAt) AS createdAt,
  coalesce($role, u.role) AS role, coalesce($disabled, u.disabled, false) AS disabled
CALL (u, outcome, role, disabled) {
  WITH u WHERE outcome = 'OK'
  CREATE (a:AuditEntry {id: $audit.id, at: datetime(), user: $audit.user, action: $action, targetKind: 'ACCOUNT',
                        targetId: u.username, targetLabel: 'Account', reason: $audit.reason})
  CREATE (a)-[:BEFORE]->(b:AuditSnapshot {role: u.role, disabled: coalesce(u.disabled, false)})
  FOREACH (_ IN CASE WHEN $delete THEN [] ELSE [1] END |
    CREATE (a)-[:AFTER]->(:AuditSnapshot {role: role, disabled: disabled,
                                          passwordReset: $passwordHash IS NOT NULL}))
  SET u.role = role, u.disabled = disabled, u.passwordHash = coalesce($passwordHash, u.passwordHash)
  WITH u
  CALL (u) {
    WITH u WHERE $delete OR u.disabled OR $passwordHash IS NOT NULL
    MATCH (s:LevermapSession {username: u.username})
    DELETE s
  }
  WITH u WHERE $delete
  DELETE u
}
RETURN outcome, username, role, createdAt, disabled;
