MATCH (u:LevermapUser)
RETURN u.username AS username, u.role AS role, toString(u.createdAt) AS createdAt, coalesce(u.disabled, false) AS disabled
ORDER BY u.username;
