// Nodes within $depth hops (1-3) of a node, nearest first, at most $limit, and the links among them.
// Each hop keeps DISTINCT nodes (a breadth-first frontier), so hubs do not multiply paths.
// A link is followed and shown when its claimStatus is in $claims, and, with $levers
// set, when it is not a LEVER link of another lever (other link types always are).
// Per node: its kind, framework elements, places (LOCATED_IN or WORKS_IN) and hiddenNeighbours, the distinct
// neighbours over the same links that are not in the result (what expanding it would add).
// A hop is taken only while the nodes nearer than it number fewer than $limit: once they fill it, the result is
// those nearer nodes (they come first) and truncated either way, so the hop could change nothing. The
// neighbourhood of a hub therefore walks the hub's own links, not its neighbours' links.
MATCH (s:Entity {id: $id})
CALL (s) {
  OPTIONAL MATCH (s)-[r1]-(n:Entity)
  WHERE r1.claimStatus IN $claims AND ($levers IS NULL OR type(r1) <> 'LEVER' OR r1.lever IN $levers)
  RETURN collect(DISTINCT n) AS d1
}
CALL (s, d1) {
  WITH s, d1 WHERE $depth >= 2 AND size([x IN d1 WHERE x <> s]) < $limit
  UNWIND d1 AS x
  MATCH (x)-[r2]-(n:Entity)
  WHERE r2.claimStatus IN $claims AND ($levers IS NULL OR type(r2) <> 'LEVER' OR r2.lever IN $levers)
  RETURN collect(DISTINCT n) AS d2
}
// Only nodes first reached at depth 2 can lead to new nodes at depth 3; the rest are nearer already.
CALL (s, d1, d2) {
  WITH s, d1, [x IN d2 WHERE x <> s AND NOT x IN d1] AS new2
  WHERE $depth >= 3 AND size([x IN d1 WHERE x <> s]) + size(new2) < $limit
  UNWIND new2 AS y
  MATCH (y)-[r3]-(n:Entity)
  WHERE r3.claimStatus IN $claims AND ($levers IS NULL OR type(r3) <> 'LEVER' OR r3.lever IN $levers)
  RETURN collect(DISTINCT n) AS d3
}
// near: the focus's own neighbours, every one at depth 1.
WITH s, d1, d2, d3, size([x IN d1 WHERE x <> s]) AS near
UNWIND [[s, 0]] + [x IN d1 | [x, 1]] + [x IN d2 | [x, 2]] + [x IN d3 | [x, 3]] AS found
WITH s, near, found[0] AS n, min(found[1]) AS depth
WITH s, near, n, depth, COUNT { (n)--() } AS degree
ORDER BY depth, degree DESC, n.name
WITH s, near, collect(CASE WHEN n <> s THEN {n: n, depth: depth, degree: degree} END) AS found
WITH s, near, found[..$limit - 1] AS kept, size(found) > $limit - 1 AS truncated
WITH near, [{n: s, depth: 0, degree: COUNT { (s)--() }}] + kept AS kept, truncated
WITH near, [k IN kept | k.n] AS ns, kept, truncated
CALL (near, kept, ns, truncated) {
  UNWIND kept AS k
  WITH k, k.n AS n
  RETURN collect({id: n.id, label: n.name, placeholder: coalesce(n.placeholder, false), depth: k.depth,
    type: [l IN labels(n) WHERE l <> 'Entity'][0], degree: k.degree,
    kind: coalesce(n.type, n.kind), frameworkElements: coalesce(n.frameworkElements, []),
    places: COLLECT {
      MATCH (n)-[r:LOCATED_IN|WORKS_IN]->(p:Place) WHERE r.claimStatus IN $claims
      RETURN DISTINCT p.id AS place ORDER BY place
    },
    // A node nearer than $depth has all its neighbours in the result unless the limit truncated it. The focus's
    // hidden neighbours are its neighbours not kept at depth 1 (a hub's are not walked a second time).
    hiddenNeighbours: CASE WHEN k.depth < $depth AND NOT truncated THEN 0
      WHEN k.depth = 0 THEN near - size([x IN kept WHERE x.depth = 1]) ELSE COUNT {
      MATCH (n)-[r]-(m:Entity)
      WHERE r.claimStatus IN $claims AND ($levers IS NULL OR type(r) <> 'LEVER' OR r.lever IN $levers)
        AND NOT m IN ns
      RETURN DISTINCT m
    } END}) AS nodes
}
RETURN truncated, nodes,
  COLLECT {
    UNWIND ns AS a
    MATCH (a)-[r]->(b)
    WHERE b IN ns AND r.claimStatus IN $claims AND ($levers IS NULL OR type(r) <> 'LEVER' OR r.lever IN $levers)
    RETURN {id: r.id, source: a.id, target: b.id, type: type(r), lever: r.lever, stance: r.stance,
            confidence: coalesce(r.confidence, 'STATED'), claimStatus: r.claimStatus}
  } AS edges;
