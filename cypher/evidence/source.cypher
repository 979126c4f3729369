// One source by id, as evidence/sources gives it.
MATCH (s:Source {id: $id})
RETURN s.id AS id, s.title AS title, s.kind AS kind, coalesce(s.textHeld, false) AS textHeld,
       coalesce(s.lineCount, 0) AS lineCount, s.contentHash AS contentHash;
