MATCH (d:Draft {id: $id})
MATCH (w:LevermapWorkspace {id: d.workspace}) WHERE $username IN w.members
RETURN d.id AS id, d.kind AS kind, d.label AS label, d.data AS data, d.workspace AS workspace;
