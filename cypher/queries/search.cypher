// Full-text search over every label; $query is a Lucene query built by api/db/lucene.ts.
CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $first * 4}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
WHERE $types IS NULL OR label IN $types
RETURN node.id AS id, node.name AS name, label AS type, score, coalesce(node.placeholder, false) AS placeholder
ORDER BY score DESC, name
LIMIT $first;
