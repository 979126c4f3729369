// The stored text of some sources: each held source with its passages as [line, text, record] triples.
UNWIND $ids AS sid
MATCH (s:Source {id: sid})
WHERE coalesce(s.textHeld, false)
RETURN s.id AS id, s.kind AS kind, coalesce(s.lineCount, 0) AS lineCount,
       COLLECT { MATCH (s)-[:HAS_PASSAGE]->(p:Passage) RETURN [p.line, p.text, p.record] } AS passages;
