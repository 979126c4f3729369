// Tests only: places by name (case ignored) or code.
MATCH (p:Place) WHERE toLower(p.name) = toLower($name) OR p.code = $code
RETURN p.id AS id, properties(p) AS props ORDER BY id;
