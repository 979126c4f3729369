// Export and the domain hash: every finding with its stored properties (the caller keeps those in scope).
MATCH (f:Finding)
RETURN f.id AS id, properties(f) AS props
ORDER BY id;
