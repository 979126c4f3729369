// One switched batch, in the same transaction as its rows were applied: the batch goes, the counts for the
// audit entry grow. No row (the caller rolls back) unless the owner still holds the import.
// $counts: {nodesCreated, nodesUpdated, linksCreated, linksUpdated, findingsCreated, findingsUpdated}; $ids: ids changed (the first 500 are kept).
MATCH (s:ImportState {id: $id, owner: $owner, state: 'SWITCHING'})
OPTIONAL MATCH (b:ImportBatch {importId: $id, seq: $seq})
DELETE b
SET s.heartbeat = datetime(),
    s.nodesCreated = s.nodesCreated + $counts.nodesCreated,
    s.nodesUpdated = s.nodesUpdated + $counts.nodesUpdated,
    s.linksCreated = s.linksCreated + $counts.linksCreated,
    s.linksUpdated = s.linksUpdated + $counts.linksUpdated,
    s.findingsCreated = s.findingsCreated + $counts.findingsCreated,
    s.findingsUpdated = s.findingsUpdated + $counts.findingsUpdated,
    s.ids = CASE WHEN size(s.ids) >= 500 THEN s.ids ELSE (s.ids + $ids)[0..500] END
RETURN s.id AS id;
