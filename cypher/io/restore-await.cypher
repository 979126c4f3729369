// Restore: wait until the temporary index is online.
CALL db.awaitIndexes(300);
