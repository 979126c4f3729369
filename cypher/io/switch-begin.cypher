// The switch begins once every batch is staged: from here on the import is completed, by this process or,
// after a crash, by the next start. Nothing comes of it unless the owner still holds a complete staging.
MATCH (s:ImportState {id: $id, owner: $owner, state: 'STAGING'})
WHERE COUNT { (b:ImportBatch {importId: $id}) } = s.batches
SET s.state = 'SWITCHING', s.heartbeat = datetime()
RETURN s.id AS id;
