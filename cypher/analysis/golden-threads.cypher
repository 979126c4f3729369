// Golden threads (000:L867, L884): an initiative with enabling sideward and upward levers at $asOf, reached by a
// downward sponsor either directly (its own enabling DOWNWARD lever) or through a partnership that backs it
// sideward and of which the sponsor is a member or funder, where the sponsor backs something downward.
// $place keeps initiatives located in that place or a place within it. Every link followed counts only when its
// claimStatus is in $claims.
MATCH (i:Initiative)
WHERE $place IS NULL OR EXISTS {
  MATCH (i)-[l:LOCATED_IN]->(:Place)-[w:WITHIN*0..3]->(:Place {id: $place})
  WHERE l.claimStatus IN $claims AND all(x IN w WHERE x.claimStatus IN $claims)
}
WITH i, COLLECT {
  MATCH (i)<-[r:LEVER]-(b:Entity)
  WHERE r.stance = 'ENABLES' AND r.claimStatus IN $claims
    AND @validAt(r)
  RETURN {r: r, b: b}
} AS ls
WITH i, [x IN ls WHERE x.r.lever = 'DOWNWARD'] AS down, [x IN ls WHERE x.r.lever = 'SIDEWARD'] AS side,
  [x IN ls WHERE x.r.lever = 'UPWARD'] AS up
WHERE size(side) > 0 AND size(up) > 0
CALL (i, down, side) {
  UNWIND down AS x
  RETURN x.b AS sponsor, null AS via, null AS viaLink, x.r AS sponsorLink, side[0].r AS sideLink, side[0].b AS sideBacker
  UNION
  UNWIND side AS x
  WITH x WHERE x.b:Partnership
  MATCH (sponsor:Entity)-[m:MEMBER_OF|FUNDS]->(p:Partnership) WHERE p = x.b
    AND m.claimStatus IN $claims
    AND @validAt(m)
    AND EXISTS {
      MATCH (sponsor)-[d:LEVER {lever: 'DOWNWARD', stance: 'ENABLES'}]->(:Initiative)
      WHERE d.claimStatus IN $claims
        AND @validAt(d)
    }
  RETURN sponsor, p AS via, m AS viaLink, null AS sponsorLink, x.r AS sideLink, p AS sideBacker
}
WITH i, up[0] AS u, sponsor, via, viaLink, sponsorLink, sideLink, sideBacker
ORDER BY i.name, i.id, sponsor.name, sponsor.id, coalesce(via.id, '')
LIMIT $first
WITH i, u, sponsor, via, viaLink, sponsorLink, sideLink, sideBacker,
  [n IN [sponsor, via, i] WHERE n IS NOT NULL] + CASE WHEN via IS NULL THEN [sideBacker] ELSE [] END + [u.b] AS ns,
  [e IN [viaLink, sponsorLink, sideLink] WHERE e IS NOT NULL] + [u.r] AS es
RETURN
  [n IN ns | {id: n.id, name: n.name, placeholder: coalesce(n.placeholder, false), type: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
  [e IN es | {id: e.id, source: startNode(e).id, target: endNode(e).id, type: type(e), lever: e.lever, stance: e.stance,
              confidence: coalesce(e.confidence, 'STATED')}] AS links,
  i.id AS initiative, sponsor.id AS sponsor, via.id AS via,
  COLLECT { MATCH (i)-[l:LOCATED_IN]->(p:Place) WHERE l.claimStatus IN $claims RETURN {id: p.id, name: p.name, placeholder: coalesce(p.placeholder, false), type: 'Place'} } AS places;
