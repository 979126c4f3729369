// Tests only: deletes the findings with the given ids (tests clean up what their imports created).
UNWIND $ids AS id
MATCH (f:Finding {id: id})
DETACH DELETE f;
