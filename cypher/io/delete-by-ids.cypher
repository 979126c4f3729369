// Deletes the nodes with the given ids and their links (tests clean up what their imports created).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n;
