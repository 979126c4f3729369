// TESTS ONLY, and only on the database a test started for itself: deletes a batch of nodes; repeat until 0.
MATCH (n) WHERE NOT n:LevermapMigration
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(n) AS done;
