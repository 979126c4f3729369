// Places loader: merges the place $drop into $keep. $keep gets $props (citations and aliases of both), each
// of $creates is a relationship moved onto $keep (same properties, new id), each of $updates an existing one
// of $keep that gains the moved one's citations; then $drop and its old relationships go.
MATCH (k:Place {id: $keep}), (d:Place {id: $drop})
SET k += $props, k.version = coalesce(k.version, 0) + 1, k.updatedAt = datetime()
WITH k, d
CALL (k) {
  UNWIND $creates AS c
  MATCH (a:Entity {id: c.from}), (b:Entity {id: c.to})
  CREATE (a)-[r:$(c.type)]->(b)
  SET r = c.props
}
CALL () {
  UNWIND $updates AS u
  MATCH ()-[r:$(u.type) {id: u.id}]->()
  SET r += u.props, r.version = coalesce(r.version, 0) + 1, r.updatedAt = datetime()
}
DETACH DELETE d
RETURN $keep AS kept;
