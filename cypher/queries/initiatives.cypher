// Initiatives matching a filter: how many, and the ids of one page (keyset on name, id; $first + 1 of them), which
// queries/initiative-items then projects. The page is ordered and cut as it is read (the name index gives the
// order), so a page costs its own size, not the number of matches; the total is a count, not a list.
// A lever filter counts a LEVER link when it enables, is current at $asOf (validTo compared at its own precision:
// YYYY, YYYY-MM, ...) and its claimStatus is in $claims: REJECTED links never count.
CALL () {
  MATCH (i:Initiative)
  WHERE ($status IS NULL OR i.status = $status)
    AND ($frameworkElement IS NULL OR $frameworkElement IN i.frameworkElements)
    AND ($source IS NULL OR $source IN i.evSource)
    AND ($place IS NULL OR EXISTS { (i)-[:LOCATED_IN]->(:Place)-[:WITHIN*0..3]->(:Place {id: $place}) })
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
WITH i ORDER BY i.name, i.id
WITH collect(i) AS matched
RETURN size(matched) AS total,
  [x IN matched WHERE $afterName IS NULL OR x.name > $afterName OR (x.name = $afterName AND x.id > $afterId) | x.id][..$first + 1] AS page;
