// The passages of a source that no node or link cites, in line order, after line $after; $first + 1 of them (the
// extra one says whether there is a next page) and how many there are in all.
MATCH (s:Source {id: $id})
CALL (s) {
  MATCH (n:Entity)
  WHERE s.id IN n.evSource
  UNWIND range(0, size(n.evSource) - 1) AS i
  WITH n, i WHERE n.evSource[i] = s.id
  RETURN collect(DISTINCT n.evLine[i]) AS onNodes
}
CALL (s) {
  MATCH (:Entity)-[r]->(:Entity)
  WHERE s.id IN r.evSource
  UNWIND range(0, size(r.evSource) - 1) AS i
  WITH r, i WHERE r.evSource[i] = s.id
  RETURN collect(DISTINCT r.evLine[i]) AS onLinks
}
WITH s, onNodes + onLinks AS cited
MATCH (s)-[:HAS_PASSAGE]->(p:Passage)
WHERE NOT p.line IN cited
WITH p ORDER BY p.line
WITH collect(p) AS uncited
RETURN size(uncited) AS total,
       [p IN uncited WHERE p.line > $after | {line: p.line, text: p.text, record: p.record}][0..$first + 1] AS items;
