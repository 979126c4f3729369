// Restore failed: deletes what it had restored, a batch at a time (the database was empty before).
MATCH (n:LevermapRestoring)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(n) AS done;
