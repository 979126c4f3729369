// Change between two dates: each initiative's status at $from and at $to (rules as in alignment.cypher) where
// they differ, and links of any type valid at one date and not the other, with their evidence. Only links whose
// claimStatus is in $claims count or are listed.
CALL () {
  MATCH (i:Initiative)
  WITH i, [d IN [$from, $to] | COLLECT {
    MATCH (i)<-[r:LEVER]-()
    WHERE r.claimStatus IN $claims
      AND @validAt(r, d)
    RETURN r {.lever, .stance}
  }] AS atDates
  WITH i, [ls IN atDates | CASE
    WHEN size(ls) = 0 THEN 'UNKNOWN'
    WHEN any(x IN ls WHERE x.stance = 'OPPOSES') THEN 'CONTESTED'
    WHEN all(l IN ['DOWNWARD', 'SIDEWARD', 'UPWARD'] WHERE any(x IN ls WHERE x.lever = l AND x.stance = 'ENABLES')) THEN 'ALIGNED'
    ELSE 'PARTIAL' END] AS st
  WHERE st[0] <> st[1]
  WITH i, st ORDER BY i.name, i.id
  RETURN collect({initiative: {id: i.id, name: i.name, placeholder: coalesce(i.placeholder, false), type: 'Initiative'}, from: st[0], to: st[1]}) AS statusChanges
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE (r.validFrom IS NOT NULL OR r.validTo IS NOT NULL) AND r.claimStatus IN $claims
  WITH a, r, b, [d IN [$from, $to] |
    @validAt(r, d)] AS valid
  WHERE valid[0] <> valid[1]
  WITH a, r, b, valid ORDER BY coalesce(r.validFrom, r.validTo), r.id
  RETURN collect({change: CASE WHEN valid[1] THEN 'APPEARED' ELSE 'ENDED' END, type: type(r), props: properties(r),
    from: {id: a.id, name: a.name, placeholder: coalesce(a.placeholder, false), type: [l IN labels(a) WHERE l <> 'Entity'][0]},
    to: {id: b.id, name: b.name, placeholder: coalesce(b.placeholder, false), type: [l IN labels(b) WHERE l <> 'Entity'][0]}}) AS links
}
RETURN statusChanges, links;
