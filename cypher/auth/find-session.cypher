MATCH (s:LevermapSession {tokenHash: $tokenHash}) WHERE s.expiresAt > datetime()
MATCH (u:LevermapUser {username: s.username}) WHERE NOT coalesce(u.disabled, false)
RETURN u.username AS username, u.role AS role;
