// Restore: removes the backup keys, a batch at a time; the caller repeats until none is left.
MATCH (n:LevermapRestoring)
WITH n LIMIT $batch
REMOVE n:LevermapRestoring, n.levermapRestoreKey
RETURN count(n) AS done;
