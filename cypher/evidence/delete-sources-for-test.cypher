// TESTS ONLY: deletes sources made by a test, with their passages (the API never deletes a document's text).
UNWIND $ids AS id
MATCH (s:Source {id: id})
OPTIONAL MATCH (s)-[:HAS_PASSAGE]->(p:Passage)
DETACH DELETE p, s;
