// A source already holding this exact text, if any.
MATCH (s:Source) WHERE s.contentHash = $hash
RETURN s.id AS id, s.title AS title
LIMIT 1;
