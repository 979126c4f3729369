// Initiatives matching a filter (cypher/fragments/initiative-filter): how many, and the ids of one page (keyset on
// name, id; $first + 1 of them), which queries/initiative-items then projects. Each branch below tests its
// parameters before it reads, so only the branches that answer cost anything.
//
// The count starts from cypher/fragments/initiative-source and reads no name. Without a place, a status alone or
// no filter at all is counted straight from the status index or the label (matched: the source has applied every
// filter asked for), since testing filters nobody asked for costs a step per initiative.
WITH $frameworkElement IS NULL AND $source IS NULL AND $targetGroup IS NULL AND $organisation IS NULL
  AND $partnership IS NULL AND $hasLever IS NULL AND $lacksLever IS NULL AND $place IS NULL AS matched
CALL (matched) {
  WITH matched AND $status IS NOT NULL AS go WHERE go
  MATCH (i:Initiative) WHERE i.status = $status
  RETURN count(i) AS total
  UNION ALL
  WITH matched AND $status IS NULL AS go WHERE go
  MATCH (i:Initiative)
  RETURN count(i) AS total
  UNION ALL
  WITH NOT matched AS go WHERE go
  @initiativeSource(i)
  WITH i WHERE @initiativeFilter(i)
  RETURN count(i) AS total
}
WITH sum(total) AS total, COUNT { (:Initiative) } AS everything
// The page, chosen by how many match. Many (total² > page × every initiative, and no place): the name index is
// walked in order from the cursor, testing each initiative, until the page is full; that reads about
// page × everything / total initiatives. Few: the matches are read again and ordered as a top-k, reading total.
// Either way a page costs at most about √(page × everything) beyond the count.
CALL (total, everything) {
  CALL (total, everything) {
    WITH $place IS NULL AND total * total > ($first + 1) * everything AS go WHERE go
    MATCH (i:Initiative)
    WHERE i.name >= coalesce($afterName, '')
      AND ($afterName IS NULL OR i.name > $afterName OR i.id > $afterId)
      AND @initiativeFilter(i)
    WITH i ORDER BY i.name, i.id LIMIT $first + 1
    RETURN i
    UNION ALL
    WITH NOT ($place IS NULL AND total * total > ($first + 1) * everything) AS go WHERE go
    @initiativeSource(i)
    WITH i
    WHERE ($afterName IS NULL OR i.name > $afterName OR (i.name = $afterName AND i.id > $afterId))
      AND @initiativeFilter(i)
    WITH i ORDER BY i.name, i.id LIMIT $first + 1
    RETURN i
  }
  // Only one branch gives any, at most one page, in order; collected here, so an empty page still gives a row.
  WITH i ORDER BY i.name, i.id
  RETURN collect(i.id) AS page
}
RETURN total, page;
