// Sponsors: organisations and partnerships that sponsor (an enabling DOWNWARD lever), commission or fund initiatives
// like the source's own, best first; for an organisation ($organisationId) or a described one ($profile).
// Each thing the source's work and a sponsored initiative share (target group, place, framework element, service
// area) adds $weights[kind] / ln(1 + sponsors reaching it); sponsoring the work of one of the source's partners adds
// PARTNER_OF_PARTNER / ln(1 + sponsors of that partner's work). Existing sponsors (of an initiative the source acts
// on, or funders of the source or of a partnership it belongs to) add EXISTING. See docs/suggest.md.
// $checks: ids the input names, each {field, id, want (a label)}; nothing is scored unless all are found as wanted.
WITH COLLECT {
  UNWIND $checks AS c
  OPTIONAL MATCH (n:Entity {id: c.id})
  RETURN {field: c.field, id: c.id, want: c.want, found: [l IN labels(n) WHERE l <> 'Entity'][0]} AS checked
} AS checked
OPTIONAL MATCH (s:Organisation {id: $organisationId})
CALL (s, checked) {
  WITH s, $profile AS prof WHERE all(c IN checked WHERE c.found = c.want)
  WITH s, $profile AS prof, null AS source
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
    } AS features
  WITH s, prof, features + [f IN partners | {kind: 'PARTNER_OF_PARTNER', key: f.key, node: f.node, path: f.path}] AS features,
    // Existing sponsors: of an initiative the source acts on, or funders of it or of a partnership it belongs to.
    COLLECT {
      MATCH p = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r2:LEVER|COMMISSIONS|DELIVERS|FUNDS]->(:Initiative)
                <-[r:LEVER|COMMISSIONS|FUNDS]-(:Organisation|Directorate|Partnership)-[:PART_OF*0..1]->(x:Organisation|Partnership)
      WHERE x <> s AND (type(r2) <> 'LEVER' OR r2.stance = 'ENABLES') AND (type(r) <> 'LEVER' OR (r.lever = 'DOWNWARD' AND r.stance = 'ENABLES'))
      WITH x, p ORDER BY length(p)
      WITH x, collect(p)[0] AS p
      RETURN {kind: 'EXISTING', key: x.id, node: x, path: p} AS f
      UNION
      MATCH p = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[:MEMBER_OF*0..1]->()<-[:FUNDS]-(:Organisation|Directorate|Partnership)-[:PART_OF*0..1]->(x:Organisation|Partnership)
      WHERE x <> s
      WITH x, p ORDER BY length(p)
      WITH x, collect(p)[0] AS p
      RETURN {kind: 'EXISTING', key: x.id, node: x, path: p} AS f
      UNION
      MATCH p = (g:Partnership)<-[:FUNDS]-(:Organisation|Directorate|Partnership)-[:PART_OF*0..1]->(x:Organisation|Partnership)
      WHERE s IS NULL AND g.id IN prof.partnerships AND NOT @event(g)
      WITH x, p ORDER BY length(p)
      WITH x, collect(p)[0] AS p
      RETURN {kind: 'EXISTING', key: x.id, node: x, path: p} AS f
    } AS existing
  WITH s, prof, features + existing AS features
  WITH s, prof, features, [f IN features WHERE f.kind = 'EXISTING' | f.node] AS existingSponsors
  UNWIND features AS f
  // A framework element carried by more than $hubCap initiatives is a hub (docs/suggest.md#hubs): never walked; each
  // sponsor found otherwise gets its reason if one initiative it sponsors carries it.
  WITH s, existingSponsors, f, CASE WHEN f.kind = 'FRAMEWORK_ELEMENT' THEN size(COLLECT {
      MATCH (i:Initiative) WHERE f.key IN i.frameworkElements RETURN i LIMIT $hubCap + 1
    }) ELSE 0 END AS links
  WITH s, existingSponsors,
    collect(CASE WHEN links > $hubCap THEN {kind: f.kind, key: f.key, path: f.path, sharedBy: links,
      weight: $weights[f.kind] / log(1.0 + links)} END) AS hubs,
    collect(CASE WHEN links <= $hubCap THEN f END) AS walked
  UNWIND walked AS f
  CALL (f) {
    WITH f.node AS t WHERE f.kind = 'TARGET_GROUP'
    MATCH q = (x:Organisation|Partnership)<-[:PART_OF*0..1]-(:Organisation|Directorate|Partnership)-[r:LEVER|COMMISSIONS|FUNDS]->(:Initiative)-[:TARGETS]->(t)
    WHERE (type(r) <> 'LEVER' OR (r.lever = 'DOWNWARD' AND r.stance = 'ENABLES'))
    RETURN x, q
    UNION
    WITH f.node AS pl WHERE f.kind = 'PLACE'
    MATCH q = (x:Organisation|Partnership)<-[:PART_OF*0..1]-(:Organisation|Directorate|Partnership)-[r:LEVER|COMMISSIONS|FUNDS]->(:Initiative)-[:LOCATED_IN]->(pl)
    WHERE (type(r) <> 'LEVER' OR (r.lever = 'DOWNWARD' AND r.stance = 'ENABLES'))
    RETURN x, q
    UNION
    WITH f.key AS e WHERE f.kind = 'FRAMEWORK_ELEMENT'
    MATCH q = (x:Organisation|Partnership)<-[:PART_OF*0..1]-(:Organisation|Directorate|Partnership)-[r:LEVER|COMMISSIONS|FUNDS]->(i:Initiative)
    WHERE e IN i.frameworkElements AND (type(r) <> 'LEVER' OR (r.lever = 'DOWNWARD' AND r.stance = 'ENABLES'))
    RETURN x, q
    UNION
    WITH f.key AS k WHERE f.kind = 'SERVICE_AREA'
    MATCH q = (x:Organisation|Partnership)<-[:PART_OF*0..1]-(:Organisation|Directorate|Partnership)-[r:LEVER|COMMISSIONS|FUNDS]->(:Initiative)<-[l:LEVER]-()
    WHERE (type(r) <> 'LEVER' OR (r.lever = 'DOWNWARD' AND r.stance = 'ENABLES')) AND l.stance = 'ENABLES' AND toLower(l.class) = k
    RETURN x, q
    UNION
    WITH f.node AS partner WHERE f.kind = 'PARTNER_OF_PARTNER'
    MATCH q = (x:Organisation|Partnership)<-[:PART_OF*0..1]-(:Organisation|Directorate|Partnership)-[r:LEVER|COMMISSIONS|FUNDS]->(:Initiative)
              <-[r2:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(:Organisation|Directorate)-[:PART_OF*0..1]->(partner)
    WHERE x <> partner AND (type(r) <> 'LEVER' OR (r.lever = 'DOWNWARD' AND r.stance = 'ENABLES')) AND (type(r2) <> 'LEVER' OR r2.stance = 'ENABLES')
    RETURN x, q
    UNION
    WITH f.node AS x WHERE f.kind = 'EXISTING'
    RETURN x, null AS q
  }
  WITH s, existingSponsors, hubs, f, x, q WHERE s IS NULL OR x <> s
  WITH s, existingSponsors, hubs, f, x, q ORDER BY length(q)
  WITH s, existingSponsors, hubs, f, x, collect(q)[0] AS q
  WITH s, existingSponsors, hubs, f, collect({x: x, q: q}) AS hits
  // Sponsors reaching the shared thing, the source counted too.
  WITH s, existingSponsors, hubs, f, hits, size(hits) + 1 AS sharedBy
  UNWIND hits AS h
  WITH existingSponsors, hubs, h.x AS x, collect({
    kind: f.kind, key: f.key, node: f.node, sourcePath: f.path, suggestionPath: h.q, sharedBy: sharedBy,
    weight: CASE f.kind WHEN 'EXISTING' THEN $weights.EXISTING ELSE $weights[f.kind] / log(1.0 + sharedBy) END
  }) AS reasons
  WITH x, reasons, hubs, x IN existingSponsors AS existing
  WHERE $includeExisting OR NOT existing
  WITH x, existing, reasons + COLLECT {
      UNWIND hubs AS h
      CALL (x, h) {
        MATCH q = (x)<-[:PART_OF*0..1]-(:Organisation|Directorate|Partnership)-[r:LEVER|COMMISSIONS|FUNDS]->(i:Initiative)
        WHERE h.key IN i.frameworkElements AND (type(r) <> 'LEVER' OR (r.lever = 'DOWNWARD' AND r.stance = 'ENABLES'))
        RETURN q LIMIT 1
      }
      RETURN {kind: h.kind, key: h.key, node: null, sourcePath: h.path, suggestionPath: q, sharedBy: h.sharedBy, weight: h.weight} AS reason
    } AS reasons
  WITH x, existing, reasons, reduce(t = 0.0, r IN reasons | t + r.weight) AS score
  WHERE score > 0
  // Generic and placeholder bodies last, whatever their score: they stand for no one to contact.
  ORDER BY @generic(x), score DESC, x.name, x.id
  LIMIT $first
  RETURN collect({node: {id: x.id, name: x.name, label: [l IN labels(x) WHERE l <> 'Entity'][0], placeholder: coalesce(x.placeholder, false)}, generic: @generic(x),
    organisationType: x.type, partnershipKind: x.kind, score: score, existing: existing, reasons: reasons}) AS suggestions
}
RETURN checked, suggestions,
  CASE WHEN s IS NULL THEN null ELSE {id: s.id, name: s.name, label: 'Organisation', placeholder: coalesce(s.placeholder, false)} END AS source;
