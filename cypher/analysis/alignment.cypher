// The alignment report: every initiative (or those in $ids, or those that $touching backers link to) at $asOf,
// with the facts the counts, status, gap and tension rules read (api/features/alignment/facts.ts; alignment.ts
// counts and rates them; cypher/queries/initiatives.cypher projects the same shape for one page).
// Links name their far end by id; analysis/alignment-backers describes each of those nodes once.
// Each initiative's links are expanded once; evidence only with $evidence (the report asks for it for one page),
// places and target groups only with $lists (the CSV export). A link counts when its claimStatus
// is in $claims, so REJECTED links never count.
MATCH (i:Initiative)
WHERE ($ids IS NULL OR i.id IN $ids)
  AND ($touching IS NULL OR EXISTS {
    MATCH (i)<-[t:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(b:Entity) WHERE b.id IN $touching AND t.claimStatus IN $claims
  })
CALL (i) {
  MATCH (i)<-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(b:Entity)
  WHERE r.claimStatus IN $claims
    AND @started(r)
  WITH r, b, type(r) AS type, @notEnded(r) AS current
  // A lever counts only while current; a FUNDS link that has ended is kept for the funding rule.
  WHERE current OR type <> 'LEVER'
  // Each link as a list, in the order api/features/alignment/facts.ts LINK_FIELDS names (neo4j-driver decodes a
  // list several times faster than a map, and this query returns some 30,000 links).
  RETURN collect([r.id, type, b.id, current, r.lever, r.stance, r.class, r.confidence, r.validFrom, r.validTo, r.amount]
                 + CASE WHEN $evidence THEN [r.evSource, r.evLine, r.evQuote] ELSE [] END) AS links
}
OPTIONAL CALL (i) {
  WITH i WHERE $lists
  RETURN COLLECT { MATCH (i)-[l:LOCATED_IN]->(p:Place) WHERE l.claimStatus IN $claims RETURN p.name ORDER BY p.name } AS places,
    COLLECT { MATCH (i)-[l:TARGETS]->(g:TargetGroup) WHERE l.claimStatus IN $claims RETURN g.name ORDER BY g.name } AS targetGroups
}
RETURN i.id AS id, i.name AS name, coalesce(i.placeholder, false) AS placeholder, i.status AS recordedStatus,
  i.endDate AS endDate, i.benefitExpected AS benefitExpected,
  links,
  // Levers confirmed absent (model/lever-absence.ts): a GAP rule needs one.
  i.absLever AS absLever, i.absSource AS absSource, i.absLine AS absLine, i.absQuote AS absQuote,
  i.absBy AS absBy, i.absOn AS absOn, coalesce(i.evSource, []) AS evSource,
  CASE WHEN $lists THEN i.kind END AS kind, CASE WHEN $lists THEN coalesce(i.frameworkElements, []) ELSE [] END AS frameworkElements,
  CASE WHEN $lists THEN coalesce(i.evSource, []) ELSE [] END AS sources, coalesce(places, []) AS places, coalesce(targetGroups, []) AS targetGroups
ORDER BY i.name, i.id;
