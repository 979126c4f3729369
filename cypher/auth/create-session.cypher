// Sessions are stored by the hash of their token, so a copy of the database does not hand out live sessions.
MATCH (u:LevermapUser {username: $username})
CREATE (s:LevermapSession {tokenHash: $tokenHash, username: $username, createdAt: datetime(), expiresAt: datetime() + duration({hours: $hours})});
