// Organisations to work with, best first, for an organisation ($organisationId) or a described one ($profile:
// targetGroups, places, frameworkElements, serviceAreas, levers, partnerships; lists of ids or values, never null).
// The formula is in docs/suggest.md: each thing the source and a candidate share (a target group, place, framework
// element, service area, an event both attended, or a partner in common) adds $weights[kind] / ln(1 + organisations
// reaching it); partners share a partnership or an initiative, never only an event;
// existing partners add SHARED_PARTNERSHIP; a complementary lever adds LEVER_COMPLEMENT once.
// An organisation's footprint includes its directorates ((o)<-[:PART_OF*0..1]-(actor)); an opposing lever is not a
// footprint. Every reason keeps one shortest path on each side, so it can be drawn and its citations shown.
// $checks: ids the input names, each {field, id, want (a label)}; nothing is scored unless all are found as wanted.
WITH COLLECT {
  UNWIND $checks AS c
  OPTIONAL MATCH (n:Entity {id: c.id})
  RETURN {field: c.field, id: c.id, want: c.want, found: [l IN labels(n) WHERE l <> 'Entity'][0]} AS checked
} AS checked
OPTIONAL MATCH (s:Organisation {id: $organisationId})
CALL (s, checked) {
  WITH s, $profile AS prof WHERE all(c IN checked WHERE c.found = c.want)
  // The source's levers. Upward reach: an enabling UPWARD lever, or delivering an initiative a community backs
  // upward. Downward power: an enabling DOWNWARD lever, commissioning or funding. A profile states its levers.
  CALL (s) {
    OPTIONAL MATCH up = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER|DELIVERS]->(i:Initiative)
    WHERE (type(r) = 'LEVER' AND r.lever = 'UPWARD' AND r.stance = 'ENABLES')
       OR (type(r) = 'DELIVERS' AND EXISTS { (i)<-[:LEVER {lever: 'UPWARD', stance: 'ENABLES'}]-(:TargetGroup) })
    WITH up ORDER BY length(up) LIMIT 1
    RETURN up
  }
  CALL (s) {
    OPTIONAL MATCH down = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER|COMMISSIONS|FUNDS]->()
    WHERE type(r) <> 'LEVER' OR (r.lever = 'DOWNWARD' AND r.stance = 'ENABLES')
    WITH down ORDER BY length(down) LIMIT 1
    RETURN down
  }
  WITH s, prof, {up: up IS NOT NULL OR 'UPWARD' IN prof.levers, upPath: up,
                 down: down IS NOT NULL OR 'DOWNWARD' IN prof.levers, downPath: down} AS source
  WITH s, prof, source,
    // Partners: shared partnership membership, or co-delivery (DELIVERS or an enabling LEVER on one initiative).
    COLLECT {
      MATCH p = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r1:MEMBER_OF|DELIVERS|LEVER]->(m:Partnership|Initiative)
                <-[r2:MEMBER_OF|DELIVERS|LEVER]-(:Organisation|Directorate)-[:PART_OF*0..1]->(x:Organisation)
      WHERE x <> s AND NOT @event(m) AND (type(r1) <> 'LEVER' OR r1.stance = 'ENABLES') AND (type(r2) <> 'LEVER' OR r2.stance = 'ENABLES')
      WITH x, p ORDER BY length(p)
      WITH x, collect(p)[0] AS p
      RETURN {kind: 'EXISTING', key: x.id, node: x, path: p} AS f
      UNION
      MATCH p = (g:Partnership)<-[:MEMBER_OF]-(:Organisation|Directorate)-[:PART_OF*0..1]->(x:Organisation)
      WHERE s IS NULL AND g.id IN prof.partnerships AND NOT @event(g)
      WITH x, p ORDER BY length(p)
      WITH x, collect(p)[0] AS p
      RETURN {kind: 'EXISTING', key: x.id, node: x, path: p} AS f
    } AS partners
  WITH s, prof, source, partners,
    COLLECT {
      MATCH p = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]->(:Initiative)-[:TARGETS]->(t:TargetGroup)
      WHERE type(r) <> 'LEVER' OR r.stance = 'ENABLES'
      WITH t, p ORDER BY length(p)
      WITH t, collect(p)[0] AS p
      RETURN {kind: 'TARGET_GROUP', key: t.id, node: t, path: p} AS f
      UNION
      MATCH (t:TargetGroup) WHERE s IS NULL AND t.id IN prof.targetGroups
      RETURN {kind: 'TARGET_GROUP', key: t.id, node: t, path: null} AS f
      UNION
      // A place: where it works (WORKS_IN), or where an initiative it acts on runs (LOCATED_IN).
      MATCH p = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:WORKS_IN|LEVER|COMMISSIONS|DELIVERS|FUNDS]->()-[:LOCATED_IN*0..1]->(pl:Place)
      WHERE type(r) <> 'LEVER' OR r.stance = 'ENABLES'
      WITH pl, p ORDER BY length(p)
      WITH pl, collect(p)[0] AS p
      RETURN {kind: 'PLACE', key: pl.id, node: pl, path: p} AS f
      UNION
      MATCH (pl:Place) WHERE s IS NULL AND pl.id IN prof.places
      RETURN {kind: 'PLACE', key: pl.id, node: pl, path: null} AS f
      UNION
      MATCH p = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]->(i:Initiative)
      WHERE type(r) <> 'LEVER' OR r.stance = 'ENABLES'
      UNWIND i.frameworkElements AS e
      WITH e, p ORDER BY length(p)
      WITH e, collect(p)[0] AS p
      RETURN {kind: 'FRAMEWORK_ELEMENT', key: e, node: null, path: p} AS f
      UNION
      UNWIND CASE WHEN s IS NULL THEN prof.frameworkElements ELSE [] END AS e
      RETURN {kind: 'FRAMEWORK_ELEMENT', key: e, node: null, path: null} AS f
      UNION
      // A service area: the class of any enabling lever on an initiative it acts on ("mental health", 000:L836-864).
      MATCH p = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]->(:Initiative)<-[l:LEVER]-()
      WHERE (type(r) <> 'LEVER' OR r.stance = 'ENABLES') AND l.stance = 'ENABLES' AND l.class IS NOT NULL
      WITH toLower(l.class) AS c, p ORDER BY length(p)
      WITH c, collect(p)[0] AS p
      RETURN {kind: 'SERVICE_AREA', key: c, node: null, path: p} AS f
      UNION
      UNWIND CASE WHEN s IS NULL THEN prof.serviceAreas ELSE [] END AS c
      WITH toLower(c) AS c
      RETURN {kind: 'SERVICE_AREA', key: c, node: null, path: null} AS f
      UNION
      // An event it attended: meeting there is a reason to talk, not a partnership.
      MATCH p = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[:MEMBER_OF]->(ev:Partnership)
      WHERE @event(ev)
      WITH ev, p ORDER BY length(p)
      WITH ev, collect(p)[0] AS p
      RETURN {kind: 'MET_AT', key: ev.id, node: ev, path: p} AS f
      UNION
      MATCH (ev:Partnership) WHERE s IS NULL AND ev.id IN prof.partnerships AND @event(ev)
      RETURN {kind: 'MET_AT', key: ev.id, node: ev, path: null} AS f
    } + [f IN partners | {kind: 'PARTNER_OF_PARTNER', key: f.key, node: f.node, path: f.path}] + partners AS features
  UNWIND features AS f
  CALL (f) {
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
    MATCH q = (c:Organisation)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]->(:Initiative)<-[l:LEVER]-()
    WHERE (type(r) <> 'LEVER' OR r.stance = 'ENABLES') AND l.stance = 'ENABLES' AND toLower(l.class) = k
    RETURN c, q
    UNION
    WITH f.node AS x WHERE f.kind = 'PARTNER_OF_PARTNER'
    MATCH q = (c:Organisation)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r1:MEMBER_OF|DELIVERS|LEVER]->(m:Partnership|Initiative)
              <-[r2:MEMBER_OF|DELIVERS|LEVER]-(:Organisation|Directorate)-[:PART_OF*0..1]->(x)
    WHERE c <> x AND NOT @event(m) AND (type(r1) <> 'LEVER' OR r1.stance = 'ENABLES') AND (type(r2) <> 'LEVER' OR r2.stance = 'ENABLES')
    RETURN c, q
    UNION
    WITH f.node AS ev WHERE f.kind = 'MET_AT'
    MATCH q = (c:Organisation)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[:MEMBER_OF]->(ev)
    RETURN c, q    UNION
    WITH f.node AS c WHERE f.kind = 'EXISTING'
    RETURN c, null AS q
  }
  WITH s, prof, source, partners, f, c, q WHERE s IS NULL OR c <> s
  WITH s, prof, source, partners, f, c, q ORDER BY length(q)
  WITH s, prof, source, partners, f, c, collect(q)[0] AS q
  WITH s, prof, source, partners, f, collect({c: c, q: q}) AS hits
  // Organisations reaching the shared thing, the source included (for a partner in common: that partner's partners).
  WITH s, prof, source, partners, f, hits, size(hits) + 1 AS sharedBy
  UNWIND hits AS h
  WITH s, prof, source, partners, h.c AS c, collect({
    kind: f.kind, key: f.key, node: f.node, sourcePath: f.path, suggestionPath: h.q, sharedBy: sharedBy,
    weight: CASE f.kind WHEN 'EXISTING' THEN $weights.EXISTING ELSE $weights[f.kind] / log(1.0 + sharedBy) END
  }) AS reasons
  WITH s, source, c, reasons, c IN [p IN partners | p.node] AS existing
  WHERE $includeExisting OR NOT existing
  // Lever complement (one reason at most): the source reaches up and the candidate has downward power, or the reverse.
  CALL (c) {
    OPTIONAL MATCH down = (c)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER|COMMISSIONS|FUNDS]->()
    WHERE type(r) <> 'LEVER' OR (r.lever = 'DOWNWARD' AND r.stance = 'ENABLES')
    WITH down ORDER BY length(down) LIMIT 1
    RETURN down
  }
  CALL (c) {
    OPTIONAL MATCH up = (c)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER|DELIVERS]->(i:Initiative)
    WHERE (type(r) = 'LEVER' AND r.lever = 'UPWARD' AND r.stance = 'ENABLES')
       OR (type(r) = 'DELIVERS' AND EXISTS { (i)<-[:LEVER {lever: 'UPWARD', stance: 'ENABLES'}]-(:TargetGroup) })
    WITH up ORDER BY length(up) LIMIT 1
    RETURN up
  }
  WITH c, existing, reasons + CASE
      WHEN source.up AND down IS NOT NULL THEN [{kind: 'LEVER_COMPLEMENT', key: 'UPWARD_DOWNWARD', node: null,
        sourcePath: source.upPath, suggestionPath: down, sharedBy: 0, weight: $weights.LEVER_COMPLEMENT}]
      WHEN source.down AND up IS NOT NULL THEN [{kind: 'LEVER_COMPLEMENT', key: 'DOWNWARD_UPWARD', node: null,
        sourcePath: source.downPath, suggestionPath: up, sharedBy: 0, weight: $weights.LEVER_COMPLEMENT}]
      ELSE [] END AS reasons
  WITH c, existing, reasons, reduce(t = 0.0, r IN reasons | t + r.weight) AS score
  // Funders appear among sponsors only: funding is not collaboration.
  WHERE score > 0 AND coalesce(c.type, '') <> 'FUNDER'
  // Generic and placeholder bodies last, whatever their score: they stand for no one to contact.
  ORDER BY @generic(c), score DESC, c.name, c.id
  LIMIT $first
  RETURN collect({node: {id: c.id, name: c.name, label: 'Organisation', placeholder: coalesce(c.placeholder, false)}, generic: @generic(c),
    organisationType: c.type, score: score, existing: existing, reasons: reasons}) AS suggestions
}
RETURN checked, suggestions,
  CASE WHEN s IS NULL THEN null ELSE {id: s.id, name: s.name, label: 'Organisation', placeholder: coalesce(s.placeholder, false)} END AS source;
