MATCH (s:Source)
RETURN properties(s) AS props
ORDER BY s.id;
