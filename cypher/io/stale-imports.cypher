// Staged imports whose owner has not been heard from for $staleSeconds: crashed, or killed.
MATCH (s:ImportState)
WHERE s.heartbeat < datetime() - duration({seconds: $staleSeconds})
RETURN s.id AS id, s.state AS state
ORDER BY s.startedAt;
