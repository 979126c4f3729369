CREATE (u:LevermapUser {username: $username, passwordHash: $passwordHash, role: $role, createdAt: datetime()})
RETURN u.username AS username, u.role AS role;
