// Staged imports in progress, with the batches each has left: what a test watches for before it kills an import.
MATCH (s:ImportState)
RETURN s.id AS id, s.state AS state, s.batches AS batches,
       COUNT { (b:ImportBatch {importId: s.id}) } AS left
ORDER BY id;
