// Organisations to work with, best first, for an organisation ($organisationId) or a described one ($profile:
// targetGroups, places, frameworkElements, serviceAreas, levers, partnerships; lists of ids or values, never null).
// The formula is in docs/suggest.md: each thing the source and a candidate share (a target group, place, framework
// element, service area, or a partner in common) adds $weights[kind] / ln(1 + organisations reaching it);
// existing partners add SHARED_PARTNERSHIP; a complementary lever adds LEVER_COMPLEMENT once.
// An organisation's footprint includes its directorates ((o)<-[:PART_OF*0..1]-(actor)); an opposing lever is not a
// footprint. Every reason keeps one shortest path on each side, so it can be drawn and its citations shown.
OPTIONAL MATCH (s:Organisation {id: $organisationId})
WITH s, $profile AS prof
WITH s, prof,
  // Partners: shared partnership membership, or co-delivery (DELIVERS or an enabling LEVER on one initiative).
  COLLECT {
    MATCH p = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r1:MEMBER_OF|DELIVERS|LEVER]->(:Partnership|Initiative)
              <-[r2:MEMBER_OF|DELIVERS|LEVER]-(:Organisation|Directorate)-[:PART_OF*0..1]->(x:Organisation)
    WHERE x <> s AND (type(r1) <> 'LEVER' OR r1.stance = 'ENABLES') AND (type(r2) <> 'LEVER' OR r2.stance = 'ENABLES')
    WITH x, p ORDER BY length(p)
    WITH x, collect(p)[0] AS p
    RETURN {kind: 'PARTNER', key: x.id, node: x, path: p}
    UNION
    MATCH p = (g:Partnership)<-[:MEMBER_OF]-(:Organisation|Directorate)-[:PART_OF*0..1]->(x:Organisation)
    WHERE s IS NULL AND g.id IN prof.partnerships
    WITH x, p ORDER BY length(p)
    WITH x, collect(p)[0] AS p
    RETURN {kind: 'PARTNER', key: x.id, node: x, path: p}
  } AS partners
WITH s, prof, partners,
  COLLECT {
    MATCH p = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]->(:Initiative)-[:TARGETS]->(t:TargetGroup)
    WHERE type(r) <> 'LEVER' OR r.stance = 'ENABLES'
    WITH t, p ORDER BY length(p)
    WITH t, collect(p)[0] AS p
    RETURN {kind: 'TARGET_GROUP', key: t.id, node: t, path: p}
    UNION
    MATCH (t:TargetGroup) WHERE s IS NULL AND t.id IN prof.targetGroups
    RETURN {kind: 'TARGET_GROUP', key: t.id, node: t, path: null}
    UNION
    // A place: where it works (WORKS_IN), or where an initiative it acts on runs (LOCATED_IN).
    MATCH p = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:WORKS_IN|LEVER|COMMISSIONS|DELIVERS|FUNDS]->()-[:LOCATED_IN*0..1]->(pl:Place)
    WHERE type(r) <> 'LEVER' OR r.stance = 'ENABLES'
    WITH pl, p ORDER BY length(p)
    WITH pl, collect(p)[0] AS p
    RETURN {kind: 'PLACE', key: pl.id, node: pl, path: p}
    UNION
    MATCH (pl:Place) WHERE s IS NULL AND pl.id IN prof.places
    RETURN {kind: 'PLACE', key: pl.id, node: pl, path: null}
    UNION
    MATCH p = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]->(i:Initiative)
    WHERE type(r) <> 'LEVER' OR r.stance = 'ENABLES'
    UNWIND i.frameworkElements AS e
    WITH e, p ORDER BY length(p)
    WITH e, collect(p)[0] AS p
    RETURN {kind: 'FRAMEWORK_ELEMENT', key: e, node: null, path: p}
    UNWIND CASE WHEN s IS NULL THEN prof.frameworkElements ELSE [] END AS e
    RETURN {kind: 'FRAMEWORK_ELEMENT', key: e, node: null, path: null}
    UNION
    MATCH p = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER]->(:Initiative)
    WHERE r.stance = 'ENABLES' AND r.class IS NOT NULL
    WITH r.class AS c, p ORDER BY length(p)
    WITH c, collect(p)[0] AS p
    RETURN {kind: 'SERVICE_AREA', key: c, node: null, path: p}
    UNION
    UNWIND CASE WHEN s IS NULL THEN prof.serviceAreas ELSE [] END AS c
    RETURN {kind: 'SERVICE_AREA', key: c, node: null, path: null}
  } + [f IN partners | {kind: 'PARTNER_OF_PARTNER', key: f.key, node: f.node, path: f.path}] + partners AS features
UNWIND features AS f
CALL (s, f) {
  WITH f.node AS t WHERE f.kind = 'TARGET_GROUP'
  MATCH q = (c:Organisation)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]->(:Initiative)-[:TARGETS]->(t)
  WHERE type(r) <> 'LEVER' OR r.stance = 'ENABLES'
  RETURN c, q
  UNION
  WITH f.node AS pl WHERE f.kind = 'PLACE'
  MATCH q = (c:Organisation)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:WORKS_IN|LEVER|COMMISSIONS|DELIVERS|FUNDS]->()-[:LOCATED_IN*0..1]->(pl)
  WHERE type(r) <> 'LEVER' OR r.stance = 'ENABLES'
  RETURN c, q
  UNION
  WITH f.key AS e WHERE f.kind = 'FRAMEWORK_ELEMENT'
  MATCH q = (c:Organisation)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]->(i:Initiative)
  WHERE e IN i.frameworkElements AND (type(r) <> 'LEVER' OR r.stance = 'ENABLES')
  RETURN c, q
  UNION
  WITH f.key AS k WHERE f.kind = 'SERVICE_AREA'
  MATCH q = (c:Organisation)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER]->(:Initiative)
  WHERE r.class = k AND r.stance = 'ENABLES'
  RETURN c, q
  UNION
  WITH f.node AS x WHERE f.kind = 'PARTNER_OF_PARTNER'
  MATCH q = (c:Organisation)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r1:MEMBER_OF|DELIVERS|LEVER]->(:Partnership|Initiative)
            <-[r2:MEMBER_OF|DELIVERS|LEVER]-(:Organisation|Directorate)-[:PART_OF*0..1]->(x)
  WHERE c <> x AND (type(r1) <> 'LEVER' OR r1.stance = 'ENABLES') AND (type(r2) <> 'LEVER' OR r2.stance = 'ENABLES')
  RETURN c, q
  UNION
  WITH f.node AS c WHERE f.kind = 'PARTNER'
  RETURN c, null AS q
}
WITH s, prof, partners, f, c, q WHERE s IS NULL OR c <> s
WITH s, prof, partners, f, c, q ORDER BY length(q)
WITH s, prof, partners, f, c, collect(q)[0] AS q
WITH s, prof, partners, f, collect({c: c, q: q}) AS hits
// Organisations reaching the shared thing, the source included (for a partner in common: that partner's partners).
WITH s, prof, partners, f, hits, size(hits) + 1 AS sharedBy
UNWIND hits AS h
WITH s, prof, partners, h.c AS c, collect({
  kind: f.kind, key: f.key, node: f.node, sourcePath: f.path, suggestionPath: h.q, sharedBy: sharedBy,
  weight: CASE f.kind WHEN 'PARTNER' THEN $weights.PARTNER ELSE $weights[f.kind] / log(1.0 + sharedBy) END
}) AS reasons
WITH s, prof, c, reasons, c IN [p IN partners | p.node] AS existing
WHERE $includeExisting OR NOT existing
// Lever complement: a source with upward reach and a candidate with downward power, or the other way round.
// Upward reach: an enabling UPWARD lever, or delivering an initiative a community backs upward.
// Downward power: an enabling DOWNWARD lever, commissioning or funding.
CALL (s, prof, c) {
  OPTIONAL MATCH up = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER|DELIVERS]->(i:Initiative)
  WHERE (type(r) = 'LEVER' AND r.lever = 'UPWARD' AND r.stance = 'ENABLES')
     OR (type(r) = 'DELIVERS' AND EXISTS { (i)<-[u:LEVER {lever: 'UPWARD', stance: 'ENABLES'}]-(:TargetGroup) })
  WITH s, prof, c, up ORDER BY length(up) LIMIT 1
  OPTIONAL MATCH down = (c)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER|COMMISSIONS|FUNDS]->()
  WHERE type(r) <> 'LEVER' OR (r.lever = 'DOWNWARD' AND r.stance = 'ENABLES')
  WITH s, prof, c, up, down ORDER BY length(down) LIMIT 1
  OPTIONAL MATCH cUp = (c)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER|DELIVERS]->(i:Initiative)
  WHERE (type(r) = 'LEVER' AND r.lever = 'UPWARD' AND r.stance = 'ENABLES')
     OR (type(r) = 'DELIVERS' AND EXISTS { (i)<-[u:LEVER {lever: 'UPWARD', stance: 'ENABLES'}]-(:TargetGroup) })
  WITH s, prof, c, up, down, cUp ORDER BY length(cUp) LIMIT 1
  OPTIONAL MATCH sDown = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER|COMMISSIONS|FUNDS]->()
  WHERE type(r) <> 'LEVER' OR (r.lever = 'DOWNWARD' AND r.stance = 'ENABLES')
  WITH s, prof, c, up, down, cUp, sDown ORDER BY length(sDown) LIMIT 1
  WITH up, down, cUp, sDown,
    up IS NOT NULL OR (s IS NULL AND 'UPWARD' IN prof.levers) AS sourceUp,
    sDown IS NOT NULL OR (s IS NULL AND 'DOWNWARD' IN prof.levers) AS sourceDown
  RETURN CASE
    WHEN sourceUp AND down IS NOT NULL THEN [{kind: 'LEVER_COMPLEMENT', key: 'UPWARD_DOWNWARD', node: null, sourcePath: up, suggestionPath: down, sharedBy: 0, weight: $weights.LEVER_COMPLEMENT}]
    WHEN sourceDown AND cUp IS NOT NULL THEN [{kind: 'LEVER_COMPLEMENT', key: 'DOWNWARD_UPWARD', node: null, sourcePath: sDown, suggestionPath: cUp, sharedBy: 0, weight: $weights.LEVER_COMPLEMENT}]
    ELSE [] END AS complement
}
WITH c, existing, reasons + complement AS reasons
WITH c, existing, reasons, reduce(t = 0.0, r IN reasons | t + r.weight) AS score
WHERE score > 0
ORDER BY score DESC, c.name, c.id
LIMIT $first
RETURN {id: c.id, name: c.name, label: 'Organisation', placeholder: coalesce(c.placeholder, false)} AS node,
  c.type AS organisationType, null AS partnershipKind, score, existing, reasons;
