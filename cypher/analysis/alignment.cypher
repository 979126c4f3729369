// The alignment report: every initiative (or those in $ids, or those that $touching backers link to) at $asOf,
// with its lever counts and status computed here, and the facts the gap and tension rules read
// (api/analysis/facts.ts; cypher/queries/initiatives.cypher projects the same shape for one page).
// Links name their far end by id; analysis/alignment-backers describes each of those nodes once.
// Each initiative's links are expanded once; evidence only with $evidence (the report asks for it for one page),
// places and target groups only with $lists (the CSV export). A link counts when its claimStatus (missing means
// VERIFIED) is in $claims, so REJECTED links never count.
MATCH (i:Initiative)
WHERE ($ids IS NULL OR i.id IN $ids)
  AND ($touching IS NULL OR EXISTS {
    MATCH (i)<-[t:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(b:Entity) WHERE b.id IN $touching AND coalesce(t.claimStatus, 'VERIFIED') IN $claims
  })
CALL (i) {
  MATCH (i)<-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(b:Entity)
  WHERE coalesce(r.claimStatus, 'VERIFIED') IN $claims
    AND (r.validFrom IS NULL OR r.validFrom <= left($asOf, size(r.validFrom)))
  WITH r, b, type(r) AS type, r.validTo IS NULL OR r.validTo >= left($asOf, size(r.validTo)) AS current
  // A lever counts only while current; a FUNDS link that has ended is kept for the funding rule.
  WHERE current OR type <> 'LEVER'
  RETURN collect({type: type, current: current, from: b.id,
                  props: CASE WHEN $evidence
                    THEN r {.id, .lever, .stance, .class, .confidence, .validFrom, .validTo, .amount, .evSource, .evLine, .evQuote}
                    ELSE r {.id, .lever, .stance, .class, .confidence, .validFrom, .validTo, .amount} END}) AS links
}
WITH i, links, [x IN links WHERE x.type = 'LEVER' | x.props] AS ls
WITH i, links, {
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
OPTIONAL CALL (i) {
  WITH i WHERE $lists
  RETURN COLLECT { MATCH (i)-[l:LOCATED_IN]->(p:Place) WHERE coalesce(l.claimStatus, 'VERIFIED') IN $claims RETURN p.name ORDER BY p.name } AS places,
    COLLECT { MATCH (i)-[l:TARGETS]->(g:TargetGroup) WHERE coalesce(l.claimStatus, 'VERIFIED') IN $claims RETURN g.name ORDER BY g.name } AS targetGroups
}
RETURN CASE WHEN $lists THEN i {.id, .name, .placeholder, .status, .endDate, .benefitExpected, .kind, .frameworkElements, .evSource}
  ELSE i {.id, .name, .placeholder, .status, .endDate, .benefitExpected} END AS initiative,
  counted, links, coalesce(places, []) AS places, coalesce(targetGroups, []) AS targetGroups
ORDER BY i.name, i.id;
