// One staged batch, for a start that completes a switch a crashed process began.
MATCH (b:ImportBatch {importId: $id, seq: $seq})
RETURN b.statement AS statement, b.rows AS rows;
