// Staging: batches of the rows to write, each the JSON of one apply statement's $rows. Only the owner stages,
// and only while the import is still STAGING (a stale import may have been cleaned by another process).
// $batches: [{seq, statement, rows}].
MATCH (s:ImportState {id: $id, owner: $owner, state: 'STAGING'})
SET s.heartbeat = datetime()
WITH s
UNWIND $batches AS b
CREATE (:ImportBatch {importId: s.id, seq: b.seq, statement: b.statement, rows: b.rows})
RETURN count(*) AS staged;
