// Nodes within $depth hops (1-3) of a node, nearest first, at most $limit, and the links among them.
// Each hop keeps DISTINCT nodes (a breadth-first frontier), so hubs do not multiply paths.
// With $levers set, LEVER links of other levers are not followed; other link types always are.
MATCH (s:Entity {id: $id})
OPTIONAL CALL (s) {
  MATCH (s)-[r1]-(n:Entity)
  WHERE $levers IS NULL OR type(r1) <> 'LEVER' OR r1.lever IN $levers
  RETURN DISTINCT n, 1 AS d
  UNION
  MATCH (s)-[r1]-(x:Entity) WHERE $depth >= 2 AND ($levers IS NULL OR type(r1) <> 'LEVER' OR r1.lever IN $levers)
  WITH DISTINCT x
  MATCH (x)-[r2]-(n:Entity) WHERE $levers IS NULL OR type(r2) <> 'LEVER' OR r2.lever IN $levers
  RETURN DISTINCT n, 2 AS d
  UNION
  MATCH (s)-[r1]-(x:Entity) WHERE $depth >= 3 AND ($levers IS NULL OR type(r1) <> 'LEVER' OR r1.lever IN $levers)
  WITH DISTINCT x
  MATCH (x)-[r2]-(y:Entity) WHERE $levers IS NULL OR type(r2) <> 'LEVER' OR r2.lever IN $levers
  WITH DISTINCT y
  MATCH (y)-[r3]-(n:Entity) WHERE $levers IS NULL OR type(r3) <> 'LEVER' OR r3.lever IN $levers
  RETURN DISTINCT n, 3 AS d
}
WITH s, n, min(d) AS depth
WITH s, n, depth, COUNT { (n)--() } AS degree
ORDER BY depth, degree DESC, n.name
WITH s, collect(CASE WHEN n IS NOT NULL AND n <> s THEN {n: n, depth: depth, degree: degree} END) AS found
WITH s, found[..$limit - 1] AS kept, size(found) > $limit - 1 AS truncated
WITH [{n: s, depth: 0, degree: COUNT { (s)--() }}] + kept AS kept, truncated
WITH [k IN kept | k.n] AS ns, kept, truncated
RETURN truncated,
  [k IN kept | {id: k.n.id, label: k.n.name, placeholder: coalesce(k.n.placeholder, false), depth: k.depth,
                type: [l IN labels(k.n) WHERE l <> 'Entity'][0], degree: k.degree}] AS nodes,
  COLLECT {
    UNWIND ns AS a
    MATCH (a)-[r]->(b)
    WHERE b IN ns AND ($levers IS NULL OR type(r) <> 'LEVER' OR r.lever IN $levers)
    RETURN {id: r.id, source: a.id, target: b.id, type: type(r), lever: r.lever, stance: r.stance,
            confidence: coalesce(r.confidence, 'STATED')}
  } AS edges;
