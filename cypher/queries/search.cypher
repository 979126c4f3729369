// Full-text search over every label; $query is a Lucene query built by api/db/lucene.ts entityQuery. More hits than
// asked for come back ($limit), with names and aliases, so that api/features/search/entities.ts can rank exact,
// whole-name and prefix matches above fuzzy ones.
CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $limit}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
WHERE $types IS NULL OR label IN $types
RETURN node.id AS id, node.name AS name, label AS type, score, coalesce(node.placeholder, false) AS placeholder,
  coalesce(node.aliases, []) AS aliases
ORDER BY score DESC, name
LIMIT $limit;
