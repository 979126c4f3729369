// Import: the id of every source, to resolve a number a spreadsheet made of a zero-padded id ("3" for "003").
MATCH (s:Source)
RETURN s.id AS id
ORDER BY id;
