// Nodes within $depth hops (1-3) of a node, nearest first, at most $limit, and the links among them.
// Each hop keeps DISTINCT nodes (a breadth-first frontier), so hubs do not multiply paths.
// A link is followed and shown when its claimStatus is in $claims, and, with $levers
// set, when it is not a LEVER link of another lever (other link types always are).
// Per node: its kind, framework elements, places (LOCATED_IN or WORKS_IN) and hiddenNeighbours, the distinct
// neighbours over the same links that are not in the result (what expanding it would add).
MATCH (s:Entity {id: $id})
OPTIONAL CALL (s) {
  MATCH (s)-[r1]-(n:Entity)
  WHERE r1.claimStatus IN $claims AND ($levers IS NULL OR type(r1) <> 'LEVER' OR r1.lever IN $levers)
  RETURN DISTINCT n, 1 AS d
  UNION
  MATCH (s)-[r1]-(x:Entity)
  WHERE $depth >= 2 AND r1.claimStatus IN $claims AND ($levers IS NULL OR type(r1) <> 'LEVER' OR r1.lever IN $levers)
  WITH DISTINCT x
  MATCH (x)-[r2]-(n:Entity)
  WHERE r2.claimStatus IN $claims AND ($levers IS NULL OR type(r2) <> 'LEVER' OR r2.lever IN $levers)
  RETURN DISTINCT n, 2 AS d
  UNION
  MATCH (s)-[r1]-(x:Entity)
  WHERE $depth >= 3 AND r1.claimStatus IN $claims AND ($levers IS NULL OR type(r1) <> 'LEVER' OR r1.lever IN $levers)
  WITH DISTINCT x
  MATCH (x)-[r2]-(y:Entity)
  WHERE r2.claimStatus IN $claims AND ($levers IS NULL OR type(r2) <> 'LEVER' OR r2.lever IN $levers)
  WITH DISTINCT y
  MATCH (y)-[r3]-(n:Entity)
  WHERE r3.claimStatus IN $claims AND ($levers IS NULL OR type(r3) <> 'LEVER' OR r3.lever IN $levers)
  RETURN DISTINCT n, 3 AS d
}
WITH s, n, min(d) AS depth
WITH s, n, depth, COUNT { (n)--() } AS degree
ORDER BY depth, degree DESC, n.name
WITH s, collect(CASE WHEN n IS NOT NULL AND n <> s THEN {n: n, depth: depth, degree: degree} END) AS found
WITH s, found[..$limit - 1] AS kept, size(found) > $limit - 1 AS truncated
WITH [{n: s, depth: 0, degree: COUNT { (s)--() }}] + kept AS kept, truncated
WITH [k IN kept | k.n] AS ns, kept, truncated
CALL (kept, ns, truncated) {
  UNWIND kept AS k
  WITH k, k.n AS n
  RETURN collect({id: n.id, label: n.name, placeholder: coalesce(n.placeholder, false), depth: k.depth,
    type: [l IN labels(n) WHERE l <> 'Entity'][0], degree: k.degree,
    kind: coalesce(n.type, n.kind), frameworkElements: coalesce(n.frameworkElements, []),
    places: COLLECT {
      MATCH (n)-[r:LOCATED_IN|WORKS_IN]->(p:Place) WHERE r.claimStatus IN $claims
      RETURN DISTINCT p.id AS place ORDER BY place
    },
    // A node nearer than $depth has all its neighbours in the result unless the limit truncated it.
    hiddenNeighbours: CASE WHEN k.depth < $depth AND NOT truncated THEN 0 ELSE COUNT {
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
