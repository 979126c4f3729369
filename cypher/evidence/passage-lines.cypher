// Some lines of a source, in order, for reading a passage in context: $from..$to inclusive.
MATCH (s:Source {id: $id})-[:HAS_PASSAGE]->(p:Passage)
WHERE p.line >= $from AND p.line <= $to
RETURN p.line AS line, p.text AS text, p.record AS record
ORDER BY line;
