// Ends these transactions in Neo4j (their statements stop and roll back); see find-tagged.cypher.
TERMINATE TRANSACTIONS $ids;
