// Every source with what the citation checker needs to know of it (its text is read separately).
MATCH (s:Source)
RETURN s.id AS id, s.title AS title, s.kind AS kind, coalesce(s.textHeld, false) AS textHeld,
       coalesce(s.lineCount, 0) AS lineCount, s.contentHash AS contentHash
ORDER BY id;
