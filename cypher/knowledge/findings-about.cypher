// The findings about each of $ids (node or link ids), for the findings field of entity types.
UNWIND $ids AS id
OPTIONAL MATCH (f:Finding) WHERE id IN f.about
WITH id, f ORDER BY f.id
RETURN id, [p IN collect(properties(f)) WHERE p IS NOT NULL] AS findings;
