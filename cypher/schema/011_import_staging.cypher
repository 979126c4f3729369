// A large import is staged, then switched visible in batches (api/features/io/staged.ts, docs/adr/0015):
// one ImportState per import in progress, and its batches of rows, neither of them an Entity, so no read sees them.
CREATE CONSTRAINT import_state_id IF NOT EXISTS FOR (s:ImportState) REQUIRE s.id IS UNIQUE;
CREATE INDEX import_batch_seq IF NOT EXISTS FOR (b:ImportBatch) ON (b.importId, b.seq);
