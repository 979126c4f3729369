// Tests: a node deleted straight in Neo4j, as another client (a script, another Levermap) would.
MATCH (n:Entity {id: $id}) DETACH DELETE n;
