// Removes what hub-partnership.cypher made.
MATCH (n:HubFixture) WHERE n.id STARTS WITH $p
DETACH DELETE n;
