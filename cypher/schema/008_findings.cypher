// What the documents say beyond nodes and links: findings, studies, tables and vocabulary terms. They carry the
// label Knowledge (never Entity), so counts, exports and analysis of the domain graph leave them out.
CREATE CONSTRAINT knowledge_id IF NOT EXISTS FOR (k:Knowledge) REQUIRE k.id IS UNIQUE;
CREATE INDEX finding_kind IF NOT EXISTS FOR (f:Finding) ON (f.kind);
CREATE INDEX knowledge_source IF NOT EXISTS FOR (k:Knowledge) ON (k.source);
CREATE FULLTEXT INDEX finding_text IF NOT EXISTS FOR (f:Finding) ON EACH [f.text, f.unit, f.population];
CALL db.awaitIndexes(300);
