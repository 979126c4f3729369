// Initiatives matching a filter: how many, and the ids of one page (keyset on name, id; $first + 1 of them), which
// queries/initiative-items then projects. Matches are counted and only the page is ordered (a top-k, not a sort
// of every match); a place filter starts from the place, not from every initiative.
// A lever filter counts a LEVER link when it enables, is current at $asOf (validTo compared at its own precision:
// YYYY, YYYY-MM, ...) and its claimStatus is in $claims: REJECTED links never count.
CALL () {
  // From the place when there is one (its initiatives, not every initiative's places), else every initiative;
  // the parameter is tested before the scan, so a place filter scans nothing.
  CALL () {
    WITH $place AS place WHERE place IS NULL
    MATCH (i:Initiative)
    RETURN i
    UNION ALL
    MATCH (:Place {id: $place})<-[:WITHIN*0..3]-(:Place)<-[:LOCATED_IN]-(i:Initiative)
    RETURN DISTINCT i
  }
  WITH i
  WHERE ($status IS NULL OR i.status = $status)
    AND ($frameworkElement IS NULL OR $frameworkElement IN i.frameworkElements)
    AND ($source IS NULL OR $source IN i.evSource)
    AND ($targetGroup IS NULL OR EXISTS { (i)-[:TARGETS]->(:TargetGroup {id: $targetGroup}) })
    AND ($organisation IS NULL
         OR EXISTS { (i)<-[:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(:Entity {id: $organisation}) }
         OR EXISTS { (i)<-[:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(:Directorate)-[:PART_OF]->(:Organisation {id: $organisation}) })
    AND ($partnership IS NULL
         OR EXISTS { (i)<-[:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(:Partnership {id: $partnership}) }
         OR EXISTS { (i)<-[:LEVER|COMMISSIONS|DELIVERS|FUNDS]-()-[:MEMBER_OF]->(:Partnership {id: $partnership}) })
    AND all(l IN coalesce($hasLever, []) WHERE EXISTS {
      MATCH (i)<-[r:LEVER]-() WHERE r.lever = l AND r.stance = 'ENABLES' AND r.claimStatus IN $claims AND @validAt(r)
    })
    AND none(l IN coalesce($lacksLever, []) WHERE EXISTS {
      MATCH (i)<-[r:LEVER]-() WHERE r.lever = l AND r.stance = 'ENABLES' AND r.claimStatus IN $claims AND @validAt(r)
    })
  RETURN i
}
WITH collect(i) AS matched
// Collected inside, so that no match still gives one row (total 0, an empty page).
CALL (matched) {
  UNWIND matched AS i
  WITH i WHERE $afterName IS NULL OR i.name > $afterName OR (i.name = $afterName AND i.id > $afterId)
  WITH i ORDER BY i.name, i.id LIMIT $first + 1
  RETURN collect(i.id) AS page
}
RETURN size(matched) AS total, page;
