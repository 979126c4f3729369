// Findings, filtered by what they are about, their kind and a source they cite; keyset on id, $first + 1 rows.
MATCH (f:Finding)
WHERE ($about IS NULL OR $about IN f.about)
  AND ($kind IS NULL OR f.kind = $kind)
  AND ($source IS NULL OR $source IN f.evSource)
  AND ($after IS NULL OR f.id > $after)
RETURN properties(f) AS props
ORDER BY f.id
LIMIT $first + 1;
