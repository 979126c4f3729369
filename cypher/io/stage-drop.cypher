// Cleans an import that never began its switch, $limit batches at a time (each batch may be large);
// the state goes with the last batch. Returns how many batches are left.
MATCH (s:ImportState {id: $id, owner: $owner, state: 'STAGING'})
SET s.heartbeat = datetime()
WITH s
CALL (s) {
  MATCH (b:ImportBatch {importId: s.id})
  WITH b LIMIT $limit
  DELETE b
  RETURN count(*) AS dropped
}
WITH s, COUNT { (:ImportBatch {importId: s.id}) } AS left
CALL (s, left) {
  WITH s WHERE left = 0
  DELETE s
}
RETURN left;
