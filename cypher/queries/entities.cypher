// Nodes of one label ordered by name then id, one page after a keyset cursor, with the total.
MATCH (n:$($label))
WITH n ORDER BY n.name, n.id
WITH collect(n) AS matched
WITH size(matched) AS total,
  [x IN matched WHERE $afterName IS NULL OR x.name > $afterName OR (x.name = $afterName AND x.id > $afterId)][..$first + 1] AS page
RETURN total, [n IN page | {label: $label, props: properties(n)}] AS items;
