MATCH (u:LevermapUser {username: $username})
RETURN u.username AS username, u.role AS role, u.passwordHash AS passwordHash, coalesce(u.disabled, false) AS disabled;
