// The initiatives table's graph filters: the ids of the initiatives that match, with each one's lever states at
// $asOf. The alignment of each (counts, status, flags) is read next by analysis/alignment for these ids
// (api/features/table/table.ts), so counts and flags are computed in one place. A link counts only when its
// claimStatus is in $claims: REJECTED links never count.
MATCH (i:Initiative)
WHERE ($status IS NULL OR coalesce(i.status, 'UNKNOWN') IN $status)
  AND ($frameworkElement IS NULL OR $frameworkElement IN coalesce(i.frameworkElements, []))
  // The place, or any place within it, at any depth.
  AND ($place IS NULL OR EXISTS {
    MATCH (i)-[l:LOCATED_IN]->(:Place)-[w:WITHIN*0..]->(:Place {id: $place})
    WHERE l.claimStatus IN $claims AND all(x IN w WHERE x.claimStatus IN $claims)
  })
  AND ($targetGroup IS NULL OR EXISTS {
    MATCH (i)-[t:TARGETS]->(:TargetGroup {id: $targetGroup}) WHERE t.claimStatus IN $claims
  })
  // The organisation itself, or one of its directorates, backs, commissions, delivers or funds it.
  AND ($organisation IS NULL OR EXISTS {
    MATCH (i)<-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(b:Entity)
    WHERE r.claimStatus IN $claims AND @validAt(r)
      AND (b.id = $organisation OR EXISTS { (b:Directorate)-[:PART_OF]->(:Organisation {id: $organisation}) })
  })
  // The partnership itself, or one of its members.
  AND ($partnership IS NULL OR EXISTS {
    MATCH (i)<-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(b:Entity)
    WHERE r.claimStatus IN $claims AND @validAt(r)
      AND (b.id = $partnership OR EXISTS { (b)-[:MEMBER_OF]->(:Partnership {id: $partnership}) })
  })
WITH i, COLLECT {
  MATCH (i)<-[r:LEVER]-()
  WHERE r.stance = 'ENABLES' AND r.claimStatus IN $claims AND @validAt(r)
  RETURN DISTINCT r.lever
} AS enabled
// LEVER STATE, as api/features/alignment/lever-states.ts decides it: PRESENT when an enabling backer is recorded
// on the lever; ABSENT when none is and a source or an editor's "checked: none" says so (i.absLever); else NOT_RECORDED.
WITH i, coalesce(i.absLever, []) AS absent, enabled
WITH i, {
  DOWNWARD: CASE WHEN 'DOWNWARD' IN enabled THEN 'PRESENT' WHEN 'DOWNWARD' IN absent THEN 'ABSENT' ELSE 'NOT_RECORDED' END,
  SIDEWARD: CASE WHEN 'SIDEWARD' IN enabled THEN 'PRESENT' WHEN 'SIDEWARD' IN absent THEN 'ABSENT' ELSE 'NOT_RECORDED' END,
  UPWARD: CASE WHEN 'UPWARD' IN enabled THEN 'PRESENT' WHEN 'UPWARD' IN absent THEN 'ABSENT' ELSE 'NOT_RECORDED' END
} AS leverStates
WHERE all(f IN coalesce($levers, []) WHERE leverStates[f.lever] IN f.states)
  AND ($lacking IS NULL OR any(l IN $lacking WHERE leverStates[l] <> 'PRESENT'))
RETURN i.id AS id, leverStates
ORDER BY i.name, i.id;
