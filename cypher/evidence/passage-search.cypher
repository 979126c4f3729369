// Full-text search over every stored passage; $query is a Lucene query built by api/db/lucene.ts, $phrase the text
// as typed (lower-cased): passages holding it verbatim rank first, then by score.
CALL db.index.fulltext.queryNodes('passage_text', $query, {limit: $first * 4}) YIELD node, score
MATCH (s:Source {id: node.sourceId})-[:HAS_PASSAGE]->(node)
WITH s, node, score, toLower(node.text) CONTAINS $phrase AS exact
RETURN node.sourceId AS sourceId, coalesce(s.title, s.name, s.id) AS sourceTitle, node.line AS line,
       node.text AS text, node.record AS record, score, exact
ORDER BY exact DESC, score DESC, sourceId, line
LIMIT $first;
