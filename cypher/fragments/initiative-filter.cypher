// Initiative i matches queries/initiatives' filters (each a parameter; null asks nothing). A lever filter counts
// a LEVER link when it enables, is current at $asOf and its claimStatus is in $claims: REJECTED links never count.
(($status IS NULL OR i.status = $status)
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
  }))
