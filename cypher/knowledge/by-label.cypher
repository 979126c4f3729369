// Knowledge nodes of one label (Study, DataTable, VocabularyTerm), optionally of one source or one kind.
MATCH (k:Knowledge)
WHERE $label IN labels(k)
  AND ($source IS NULL OR k.source = $source)
  AND ($kind IS NULL OR k.kind = $kind)
  AND ($id IS NULL OR k.id = $id)
RETURN properties(k) AS props
ORDER BY coalesce(k.lineFrom, 0), k.id;
