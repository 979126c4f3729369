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
    // Partners: shared partnership membership, or co-delivery (DELIVERS or an enabling LEVER on one initiative),
    // through partnerships and initiatives of at most $hubCap members; a larger one is a hub (hubPartnerships).
    COLLECT {
      MATCH (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r1:MEMBER_OF|DELIVERS|LEVER]->(m:Partnership|Initiative)
      WHERE NOT @event(m) AND (type(r1) <> 'LEVER' OR r1.stance = 'ENABLES')
        AND COUNT { (m)<-[:MEMBER_OF|DELIVERS|LEVER]-() } <= $hubCap
      WITH DISTINCT m
      MATCH p = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r1:MEMBER_OF|DELIVERS|LEVER]->(m)
                <-[r2:MEMBER_OF|DELIVERS|LEVER]-(:Organisation|Directorate)-[:PART_OF*0..1]->(x:Organisation)
      WHERE x <> s AND (type(r1) <> 'LEVER' OR r1.stance = 'ENABLES') AND (type(r2) <> 'LEVER' OR r2.stance = 'ENABLES')
      WITH x, p ORDER BY length(p)
      WITH x, collect(p)[0] AS p
      RETURN {kind: 'EXISTING', key: x.id, node: x, path: p} AS f
      UNION
      MATCH p = (g:Partnership)<-[:MEMBER_OF]-(:Organisation|Directorate)-[:PART_OF*0..1]->(x:Organisation)
      WHERE s IS NULL AND g.id IN prof.partnerships AND NOT @event(g) AND COUNT { (g)<-[:MEMBER_OF|DELIVERS|LEVER]-() } <= $hubCap
      WITH x, p ORDER BY length(p)
      WITH x, collect(p)[0] AS p
      RETURN {kind: 'EXISTING', key: x.id, node: x, path: p} AS f
    } AS partners,
    // Hub partnerships and initiatives of the source: their members are partners too, but each candidate is checked
    // from its own side (below), never by walking the hub's members.
    COLLECT {
      MATCH p = (s)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r1:MEMBER_OF|DELIVERS|LEVER]->(m:Partnership|Initiative)
      WHERE NOT @event(m) AND (type(r1) <> 'LEVER' OR r1.stance = 'ENABLES')
        AND COUNT { (m)<-[:MEMBER_OF|DELIVERS|LEVER]-() } > $hubCap
      WITH m, p ORDER BY length(p)
      WITH m, collect(p)[0] AS p
      RETURN {key: m.id, path: p} AS h
      UNION
      MATCH (g:Partnership)
      WHERE s IS NULL AND g.id IN prof.partnerships AND NOT @event(g) AND COUNT { (g)<-[:MEMBER_OF|DELIVERS|LEVER]-() } > $hubCap
      RETURN {key: g.id, path: null} AS h
    } AS hubPartnerships
  WITH s, prof, source, partners, hubPartnerships,
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
  // How many link to the shared thing, from degree counts (a capped scan for a framework element, which is a
  // property): above $hubCap it is a hub, whose n is that count and which is never walked member by member.
  CALL (f) {
    WITH f.node AS t WHERE f.kind = 'TARGET_GROUP'
    RETURN COUNT { (t)<-[:TARGETS]-() } AS links, 0 AS extra
    UNION
    WITH f.node AS pl WHERE f.kind = 'PLACE'
    RETURN COUNT { (pl)<-[:WORKS_IN|LOCATED_IN]-() } AS links, 0 AS extra
    UNION
    WITH f.key AS e WHERE f.kind = 'FRAMEWORK_ELEMENT'
    RETURN size(COLLECT { MATCH (i:Initiative) WHERE e IN i.frameworkElements RETURN i LIMIT $hubCap + 1 }) AS links, 0 AS extra
    UNION
    WITH f.node AS ev WHERE f.kind = 'MET_AT'
    RETURN COUNT { (ev)<-[:MEMBER_OF]-() } AS links, 0 AS extra
    UNION
    // A partner: its own partnership and co-delivery links; the hubs among them add their members to its partners.
    WITH f.node AS x WHERE f.kind = 'PARTNER_OF_PARTNER'
    CALL (x) {
      MATCH (x)<-[:PART_OF*0..1]-(a:Organisation|Directorate)
      RETURN sum(COUNT { (a)-[:MEMBER_OF|DELIVERS|LEVER]->() }) AS links
    }
    CALL (x, links) {
      UNWIND CASE WHEN links <= $hubCap THEN [x] ELSE [] END AS y
      MATCH (y)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:MEMBER_OF|DELIVERS|LEVER]->(m:Partnership|Initiative)
      WHERE NOT @event(m) AND (type(r) <> 'LEVER' OR r.stance = 'ENABLES')
      WITH DISTINCT m, COUNT { (m)<-[:MEMBER_OF|DELIVERS|LEVER]-() } AS members WHERE members > $hubCap
      RETURN coalesce(sum(members - 1), 0) AS extra
    }
    RETURN links, extra
    UNION
    WITH f WHERE f.kind IN ['SERVICE_AREA', 'EXISTING']
    RETURN 0 AS links, 0 AS extra
  }
  WITH s, prof, source, partners, hubPartnerships, f, links, extra, links > $hubCap AS hub
  WITH s, prof, source, partners, hubPartnerships,
    collect(CASE WHEN hub THEN {kind: f.kind, key: f.key, node: f.node, path: f.path, sharedBy: links,
      weight: $weights[f.kind] / log(1.0 + links)} END) AS hubs,
    collect(CASE WHEN NOT hub THEN {f: f, extra: extra} END) AS walked
  // Each shared thing that is not a hub, walked to the organisations reaching it; rows carry only what they need.
  CALL (s, walked) {
    UNWIND walked AS w
    CALL (s, w) {
      WITH s, w.f AS f
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
        // The partner's partners, through its partnerships and initiatives that are not hubs.
        WITH f.node AS x WHERE f.kind = 'PARTNER_OF_PARTNER'
        MATCH (x)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r2:MEMBER_OF|DELIVERS|LEVER]->(m:Partnership|Initiative)
        WHERE NOT @event(m) AND (type(r2) <> 'LEVER' OR r2.stance = 'ENABLES')
          AND COUNT { (m)<-[:MEMBER_OF|DELIVERS|LEVER]-() } <= $hubCap
        WITH DISTINCT x, m
        MATCH q = (c:Organisation)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r1:MEMBER_OF|DELIVERS|LEVER]->(m)
                  <-[r2:MEMBER_OF|DELIVERS|LEVER]-(:Organisation|Directorate)-[:PART_OF*0..1]->(x)
        WHERE c <> x AND (type(r1) <> 'LEVER' OR r1.stance = 'ENABLES') AND (type(r2) <> 'LEVER' OR r2.stance = 'ENABLES')
        RETURN c, q
        UNION
        WITH f.node AS ev WHERE f.kind = 'MET_AT'
        MATCH q = (c:Organisation)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[:MEMBER_OF]->(ev)
        RETURN c, q
        UNION
        WITH f.node AS c WHERE f.kind = 'EXISTING'
        RETURN c, null AS q
      }
      WITH s, c, q WHERE s IS NULL OR c <> s
      WITH c, q ORDER BY length(q)
      WITH c, collect(q)[0] AS q
      RETURN collect({c: c, q: q}) AS hits
    }
    // Organisations reaching the shared thing, the source included (for a partner in common: that partner's partners).
    WITH w.f AS f, hits, size(hits) + 1 + w.extra AS sharedBy
    UNWIND hits AS h
    WITH h.c AS c, collect({
      kind: f.kind, key: f.key, node: f.node, sourcePath: f.path, suggestionPath: h.q, sharedBy: sharedBy,
      weight: CASE f.kind WHEN 'EXISTING' THEN $weights.EXISTING ELSE $weights[f.kind] / log(1.0 + sharedBy) END
    }) AS reasons
    RETURN c, reasons
  }
  // Funders appear among sponsors only (funding is not collaboration): dropped before the per-candidate work.
  WITH s, source, partners, hubPartnerships, hubs, c, reasons
  WHERE coalesce(c.type, '') <> 'FUNDER'
  // Existing partners through a hub the source belongs to, read from the candidate's own links (the key is compared
  // as text so that the hub is never the starting point).
  CALL (c, hubPartnerships) {
    UNWIND CASE WHEN size(hubPartnerships) > 0 THEN [c] ELSE [] END AS y
    MATCH q = (y)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:MEMBER_OF|DELIVERS|LEVER]->(m:Partnership|Initiative)
    WHERE NOT @event(m) AND (type(r) <> 'LEVER' OR r.stance = 'ENABLES')
    WITH hubPartnerships, m.id + '' AS key, q WHERE key IN [h IN hubPartnerships | h.key]
    WITH hubPartnerships, key, q ORDER BY length(q)
    WITH hubPartnerships, key, collect(q)[0] AS q
    RETURN collect({kind: 'EXISTING', key: c.id, node: c, sourcePath: [h IN hubPartnerships WHERE h.key = key][0].path,
      suggestionPath: q, sharedBy: 2, weight: $weights.EXISTING}) AS hubExisting
  }
  WITH s, source, partners, hubs, c, reasons + CASE WHEN c IN [p IN partners | p.node] THEN [] ELSE hubExisting[0..1] END AS reasons,
    c IN [p IN partners | p.node] OR size(hubExisting) > 0 AS existing
  WHERE $includeExisting OR NOT existing
  // Only a candidate that could still reach the top $first is looked at further: what is left to add (hub reasons,
  // the lever complement) is at most `bound`, so one whose score so far plus that is below the $first-th best score
  // so far cannot. Done twice: before the cheap checks, and before the partners in common through a hub partner.
  WITH s, source, hubs, collect({c: c, reasons: reasons, existing: existing, base: reduce(t = 0.0, r IN reasons | t + r.weight)}) AS candidates,
    reduce(t = $weights.LEVER_COMPLEMENT, h IN hubs | t + h.weight) AS bound
  WITH s, source, hubs, candidates, bound, COLLECT {
      UNWIND candidates AS x
      WITH x.c AS g, x.base AS b WHERE b > 0 AND NOT @generic(g)
      RETURN b ORDER BY b DESC LIMIT $first
    } AS best
  WITH s, source, hubs, candidates, CASE WHEN size(best) = $first THEN best[-1] - bound ELSE 0.0 END AS floor
  UNWIND candidates AS x
  WITH s, source, hubs, x.c AS c, x.reasons AS reasons, x.existing AS existing
  WHERE x.base >= floor
  // The hubs other than partners the candidate shares with the source, read from the candidate's own links.
  CALL (c, hubs) {
    WITH c, [h IN hubs | h.kind] AS kinds, [h IN hubs | h.kind + ':' + h.key] AS wanted
    CALL (c, kinds, hubs) {
      WITH c WHERE 'TARGET_GROUP' IN kinds
      MATCH q = (c)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]->(:Initiative)-[:TARGETS]->(t:TargetGroup)
      WHERE type(r) <> 'LEVER' OR r.stance = 'ENABLES'
      RETURN 'TARGET_GROUP' AS kind, t.id AS key, q
      UNION
      WITH c WHERE 'PLACE' IN kinds
      MATCH q = (c)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r:WORKS_IN|LEVER|COMMISSIONS|DELIVERS|FUNDS]->()-[:LOCATED_IN*0..1]->(pl:Place)
      WHERE type(r) <> 'LEVER' OR r.stance = 'ENABLES'
      RETURN 'PLACE' AS kind, pl.id AS key, q
      UNION
      // A framework element: the first initiative of its own that carries it, else the first of a directorate's.
      UNWIND [h IN hubs WHERE h.kind = 'FRAMEWORK_ELEMENT' | h.key] AS e
      WITH e, COLLECT {
          MATCH q = (c)-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]->(i:Initiative)
          WHERE e IN i.frameworkElements AND (type(r) <> 'LEVER' OR r.stance = 'ENABLES')
          RETURN q LIMIT 1
        }[0] AS own
      WITH e, coalesce(own, COLLECT {
          UNWIND CASE WHEN own IS NULL THEN [c] ELSE [] END AS y
          MATCH q = (y)<-[:PART_OF]-(:Organisation|Directorate)-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]->(i:Initiative)
          WHERE e IN i.frameworkElements AND (type(r) <> 'LEVER' OR r.stance = 'ENABLES')
          RETURN q LIMIT 1
        }[0]) AS q
      WITH e, q WHERE q IS NOT NULL
      RETURN 'FRAMEWORK_ELEMENT' AS kind, e AS key, q
      UNION
      WITH c WHERE 'MET_AT' IN kinds
      MATCH q = (c)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[:MEMBER_OF]->(ev:Partnership)
      WHERE @event(ev)
      RETURN 'MET_AT' AS kind, ev.id AS key, q
    }
    WITH wanted, kind, key, q WHERE kind + ':' + key IN wanted
    WITH kind, key, q ORDER BY length(q)
    WITH kind, key, collect(q)[0] AS q
    RETURN collect({kind: kind, key: key, q: q}) AS reached
  }
  WITH s, source, hubs, c, existing, reasons + [h IN hubs WHERE any(x IN reached WHERE x.kind = h.kind AND x.key = h.key) |
      {kind: h.kind, key: h.key, node: h.node, sourcePath: h.path, sharedBy: h.sharedBy, weight: h.weight,
       suggestionPath: [x IN reached WHERE x.kind = h.kind AND x.key = h.key][0].q}] AS reasons
  // Lever complement (one reason at most): the source reaches up and the candidate has downward power, or the reverse.
  // The shortest path: one of its own links if it has one, else one of a directorate's (each stops at the first);
  // a side the source's levers cannot use is not looked for.
  WITH s, source, hubs, c, existing, reasons, COLLECT {
      UNWIND CASE WHEN source.up THEN [c] ELSE [] END AS y
      MATCH down = (y)-[r:LEVER|COMMISSIONS|FUNDS]->()
      WHERE type(r) <> 'LEVER' OR (r.lever = 'DOWNWARD' AND r.stance = 'ENABLES')
      RETURN down LIMIT 1
    }[0] AS own
  WITH s, source, hubs, c, existing, reasons, coalesce(own, COLLECT {
      UNWIND CASE WHEN source.up AND own IS NULL THEN [c] ELSE [] END AS y
      MATCH q = (y)<-[:PART_OF]-(:Organisation|Directorate)-[r:LEVER|COMMISSIONS|FUNDS]->()
      WHERE type(r) <> 'LEVER' OR (r.lever = 'DOWNWARD' AND r.stance = 'ENABLES')
      RETURN q LIMIT 1
    }[0]) AS down
  WITH s, source, hubs, c, existing, reasons, down, COLLECT {
      UNWIND CASE WHEN source.down AND NOT (source.up AND down IS NOT NULL) THEN [c] ELSE [] END AS y
      MATCH up = (y)-[r:LEVER|DELIVERS]->(i:Initiative)
      WHERE (type(r) = 'LEVER' AND r.lever = 'UPWARD' AND r.stance = 'ENABLES')
         OR (type(r) = 'DELIVERS' AND EXISTS { (i)<-[:LEVER {lever: 'UPWARD', stance: 'ENABLES'}]-(:TargetGroup) })
      RETURN up LIMIT 1
    }[0] AS own
  WITH s, source, hubs, c, existing, reasons, down, coalesce(own, COLLECT {
      UNWIND CASE WHEN source.down AND NOT (source.up AND down IS NOT NULL) AND own IS NULL THEN [c] ELSE [] END AS y
      MATCH q = (y)<-[:PART_OF]-(:Organisation|Directorate)-[r:LEVER|DELIVERS]->(i:Initiative)
      WHERE (type(r) = 'LEVER' AND r.lever = 'UPWARD' AND r.stance = 'ENABLES')
         OR (type(r) = 'DELIVERS' AND EXISTS { (i)<-[:LEVER {lever: 'UPWARD', stance: 'ENABLES'}]-(:TargetGroup) })
      RETURN q LIMIT 1
    }[0]) AS up
  WITH s, source, hubs, c, existing, down, up, reasons + CASE
      WHEN source.up AND down IS NOT NULL THEN [{kind: 'LEVER_COMPLEMENT', key: 'UPWARD_DOWNWARD', node: null,
        sourcePath: source.upPath, suggestionPath: down, sharedBy: 0, weight: $weights.LEVER_COMPLEMENT}]
      WHEN source.down AND up IS NOT NULL THEN [{kind: 'LEVER_COMPLEMENT', key: 'DOWNWARD_UPWARD', node: null,
        sourcePath: source.downPath, suggestionPath: up, sharedBy: 0, weight: $weights.LEVER_COMPLEMENT}]
      ELSE [] END AS reasons
  WITH s, source, hubs, collect({c: c, reasons: reasons, existing: existing, down: down, up: up, base: reduce(t = 0.0, r IN reasons | t + r.weight)}) AS candidates,
    reduce(t = 0.0, h IN [h IN hubs WHERE h.kind = 'PARTNER_OF_PARTNER'] | t + h.weight) AS bound
  WITH s, source, hubs, candidates, bound, COLLECT {
      UNWIND candidates AS x
      WITH x.c AS g, x.base AS b WHERE b > 0 AND NOT @generic(g)
      RETURN b ORDER BY b DESC LIMIT $first
    } AS best
  WITH s, source, hubs, candidates, CASE WHEN size(best) = $first THEN best[-1] - bound ELSE 0.0 END AS floor
  UNWIND candidates AS x
  WITH s, source, hubs, x.c AS c, x.reasons AS reasons, x.existing AS existing, x.down AS down, x.up AS up
  WHERE x.base >= floor
  // A hub partner is a partner in common when it acts on one of the candidate's own partnerships or initiatives:
  // each of those is tested against the hub partners and their directorates, and a path is built only for those found.
  CALL (c, hubs) {
    WITH c, [h IN hubs WHERE h.kind = 'PARTNER_OF_PARTNER' | h.node] AS xs
    UNWIND CASE WHEN size(xs) > 0 THEN [c] ELSE [] END AS y
    WITH y, xs, COLLECT {
        UNWIND xs AS x
        MATCH (x)<-[:PART_OF*0..1]-(a:Organisation|Directorate)
        RETURN a
      } AS actors
    MATCH (y)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r1:MEMBER_OF|DELIVERS|LEVER]->(m:Partnership|Initiative)
    WHERE NOT @event(m) AND (type(r1) <> 'LEVER' OR r1.stance = 'ENABLES')
      AND COUNT { (m)<-[:MEMBER_OF|DELIVERS|LEVER]-() } <= $hubCap
    WITH DISTINCT y, xs, actors, m
    MATCH (m)<-[r2:MEMBER_OF|DELIVERS|LEVER]-(a2:Organisation|Directorate)
    WHERE a2 IN actors AND (type(r2) <> 'LEVER' OR r2.stance = 'ENABLES')
    WITH DISTINCT y, xs, m, a2
    MATCH q = (y)<-[:PART_OF*0..1]-(:Organisation|Directorate)-[r1:MEMBER_OF|DELIVERS|LEVER]->(m)
              <-[r2:MEMBER_OF|DELIVERS|LEVER]-(a2)-[:PART_OF*0..1]->(x:Organisation)
    WHERE x IN xs AND x <> y AND (type(r1) <> 'LEVER' OR r1.stance = 'ENABLES') AND (type(r2) <> 'LEVER' OR r2.stance = 'ENABLES')
    WITH x.id AS key, q ORDER BY length(q)
    WITH key, collect(q)[0] AS q
    RETURN collect({kind: 'PARTNER_OF_PARTNER', key: key, q: q}) AS reached
  }
  WITH c, existing, reasons + [h IN hubs WHERE any(x IN reached WHERE x.kind = h.kind AND x.key = h.key) |
      {kind: h.kind, key: h.key, node: h.node, sourcePath: h.path, sharedBy: h.sharedBy, weight: h.weight,
       suggestionPath: [x IN reached WHERE x.kind = h.kind AND x.key = h.key][0].q}] AS reasons
  WITH c, existing, reasons, reduce(t = 0.0, r IN reasons | t + r.weight) AS score
  WHERE score > 0
  // Generic and placeholder bodies last, whatever their score: they stand for no one to contact.
  ORDER BY @generic(c), score DESC, c.name, c.id
  LIMIT $first
  RETURN collect({node: {id: c.id, name: c.name, label: 'Organisation', placeholder: coalesce(c.placeholder, false)}, generic: @generic(c),
    organisationType: c.type, score: score, existing: existing, reasons: reasons}) AS suggestions
}
RETURN checked, suggestions,
  CASE WHEN s IS NULL THEN null ELSE {id: s.id, name: s.name, label: 'Organisation', placeholder: coalesce(s.placeholder, false)} END AS source;
