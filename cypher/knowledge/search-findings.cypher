// Full-text search over finding text (finding_text, migration 008), best first.
CALL db.index.fulltext.queryNodes('finding_text', $query) YIELD node, score
RETURN properties(node) AS props, score
ORDER BY score DESC, node.id
LIMIT $first;
