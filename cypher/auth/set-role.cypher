MATCH (u:LevermapUser {username: $username})
SET u.role = $role
RETURN u.username AS username, u.role AS role, toString(u.createdAt) AS createdAt;
