// Places loader: local-authority places that carry one of $areas' codes, or (having no code) one of their
// names, to find the duplicates that an ONS code merges. $areas: [{code, name}] with names in lower case.
UNWIND $areas AS a
MATCH (p:Place)
WHERE p.code = a.code OR (p.code IS NULL AND p.kind = 'LA_AREA' AND toLower(p.name) = a.name)
RETURN a.code AS code, p.id AS id, properties(p) AS props
ORDER BY code, id;
