// Migrations return only when their indexes are online, so the first query after start can use them.
CALL db.awaitIndexes(300);
