MATCH (u:LevermapUser)
RETURN u.username AS username, u.role AS role, toString(u.createdAt) AS createdAt
ORDER BY u.username;
