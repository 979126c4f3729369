// Restore: how many nodes the database holds besides the migration records (a restore needs none).
MATCH (n) WHERE NOT n:LevermapMigration
RETURN count(n) AS nodes;
