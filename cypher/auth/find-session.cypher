MATCH (s:LevermapSession {tokenHash: $tokenHash}) WHERE s.expiresAt > datetime()
MATCH (u:LevermapUser {username: s.username})
RETURN u.username AS username, u.role AS role;
