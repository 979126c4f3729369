// Seed: the text of each document as passages, for a source that holds no text yet (stored text never changes).
// $rows: [{id, lineCount, contentHash, passages: [{line, text}]}].
UNWIND $rows AS row
MATCH (s:Source {id: row.id})
WHERE NOT coalesce(s.textHeld, false)
SET s.textHeld = true, s.lineCount = row.lineCount, s.contentHash = row.contentHash
WITH s, row
CALL (s, row) {
  UNWIND row.passages AS p
  CREATE (s)-[:HAS_PASSAGE]->(pp:Passage)
  SET pp = p, pp.sourceId = row.id
}
RETURN count(s) AS sources;
