// Documents held in Levermap: one Passage per non-blank line of a source's text (line N = paragraph N), found by
// (sourceId, line), and a full-text index over what the passages say.
CREATE CONSTRAINT passage_key IF NOT EXISTS FOR (p:Passage) REQUIRE (p.sourceId, p.line) IS UNIQUE;
CREATE INDEX passage_source IF NOT EXISTS FOR (p:Passage) ON (p.sourceId);
CREATE FULLTEXT INDEX passage_text IF NOT EXISTS FOR (p:Passage) ON EACH [p.text];
CREATE INDEX source_content_hash IF NOT EXISTS FOR (s:Source) ON (s.contentHash);
CALL db.awaitIndexes(300);
