// Removes what abandoned-hub.cypher made.
MATCH (n:AbandonedHub) WHERE n.id STARTS WITH $p
DETACH DELETE n;
