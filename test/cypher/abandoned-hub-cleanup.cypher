// Removes up to 10,000 of what abandoned-hub.cypher made, so that the test can repeat it within the transaction
// memory limit until it returns 0.
MATCH (n:AbandonedHub) WHERE n.id STARTS WITH $p
WITH n LIMIT 10000
DETACH DELETE n
RETURN count(*) AS removed;
