// The alignment report: every initiative (or those in $ids, or those that $touching backers link to) at $asOf,
// with its lever counts and status computed here, the facts the gap and tension rules read (projected exactly as
// in cypher/queries/initiatives.cypher), and its places, target groups and sources for exports.
MATCH (i:Initiative)
WHERE ($ids IS NULL OR i.id IN $ids)
  AND ($touching IS NULL OR EXISTS { (i)<-[:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(t:Entity) WHERE t.id IN $touching })
WITH i, COLLECT {
  MATCH (i)<-[r:LEVER]-(b:Entity)
  WHERE (r.validFrom IS NULL OR r.validFrom <= left($asOf, size(r.validFrom)))
    AND (r.validTo IS NULL OR r.validTo >= left($asOf, size(r.validTo)))
  RETURN {type: 'LEVER', props: r {.id, .lever, .stance, .class, .confidence, .validFrom, .validTo, .evSource, .evLine, .evQuote}, current: true,
          from: {id: b.id, name: b.name, placeholder: coalesce(b.placeholder, false), label: [l IN labels(b) WHERE l <> 'Entity'][0],
                 orgType: CASE WHEN b:Organisation THEN b.type END}}
} AS levers
WITH i, levers, [x IN levers | x.props] AS ls
WITH i, levers, {
  downward: size([x IN ls WHERE x.lever = 'DOWNWARD' AND x.stance = 'ENABLES']),
  sideward: size([x IN ls WHERE x.lever = 'SIDEWARD' AND x.stance = 'ENABLES']),
  upward: size([x IN ls WHERE x.lever = 'UPWARD' AND x.stance = 'ENABLES']),
  opposing: size([x IN ls WHERE x.stance = 'OPPOSES']),
  status: CASE
    WHEN size(ls) = 0 THEN 'UNKNOWN'
    WHEN any(x IN ls WHERE x.stance = 'OPPOSES') THEN 'CONTESTED'
    WHEN all(l IN ['DOWNWARD', 'SIDEWARD', 'UPWARD'] WHERE any(x IN ls WHERE x.lever = l AND x.stance = 'ENABLES')) THEN 'ALIGNED'
    ELSE 'PARTIAL' END
} AS counted
WHERE $statuses IS NULL OR counted.status IN $statuses
RETURN
  i {.id, .name, .placeholder, .status, .endDate, .benefitExpected, .kind, .frameworkElements, .evSource} AS initiative,
  counted,
  levers,
  COLLECT {
    MATCH (i)<-[r:COMMISSIONS|DELIVERS|FUNDS]-(b:Entity)
    WHERE r.validFrom IS NULL OR r.validFrom <= left($asOf, size(r.validFrom))
    RETURN {type: type(r), props: r {.id, .confidence, .validFrom, .validTo, .amount, .evSource, .evLine, .evQuote}, current: r.validTo IS NULL OR r.validTo >= left($asOf, size(r.validTo)),
            from: {id: b.id, name: b.name, placeholder: coalesce(b.placeholder, false), label: [l IN labels(b) WHERE l <> 'Entity'][0],
                   orgType: CASE WHEN b:Organisation THEN b.type END,
                   owner: coalesce(COLLECT { MATCH (b)-[:PART_OF]->(o:Organisation) RETURN o.id ORDER BY o.id }[0], b.id)}}
  } AS roles,
  COLLECT {
    MATCH (i)<-[r:LEVER|DELIVERS]-(b:Entity)
    WHERE coalesce(r.stance, 'ENABLES') = 'ENABLES'
      AND (r.validFrom IS NULL OR r.validFrom <= left($asOf, size(r.validFrom)))
      AND (r.validTo IS NULL OR r.validTo >= left($asOf, size(r.validTo)))
    UNWIND [b] + COLLECT {
      MATCH (b)<-[m:MEMBER_OF]-(o:Organisation)
      WHERE (m.validFrom IS NULL OR m.validFrom <= left($asOf, size(m.validFrom)))
        AND (m.validTo IS NULL OR m.validTo >= left($asOf, size(m.validTo)))
      RETURN o
    } AS v
    WITH DISTINCT v WHERE v:Organisation AND v.type = 'VCSE'
    RETURN {id: v.id, name: v.name, placeholder: coalesce(v.placeholder, false), label: 'Organisation', orgType: v.type}
  } AS vcse,
  COLLECT { MATCH (i)-[:LOCATED_IN]->(p:Place) RETURN p.name ORDER BY p.name } AS places,
  COLLECT { MATCH (i)-[:TARGETS]->(g:TargetGroup) RETURN g.name ORDER BY g.name } AS targetGroups
ORDER BY i.name, i.id;
