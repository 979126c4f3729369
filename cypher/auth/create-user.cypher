CREATE (u:LevermapUser {username: $username, passwordHash: $passwordHash, role: $role, createdAt: datetime()})
RETURN u.username AS username, u.role AS role, toString(u.createdAt) AS createdAt, false AS disabled;
