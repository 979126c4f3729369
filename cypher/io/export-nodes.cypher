// Export: every domain node (sources too), or only those with the given $ids. $labels names the domain labels.
MATCH (n:Entity)
WHERE $ids IS NULL OR n.id IN $ids
WITH n, [l IN labels(n) WHERE l IN $labels][0] AS label
WHERE label IS NOT NULL
RETURN n.id AS id, label, properties(n) AS props
ORDER BY label, id;
