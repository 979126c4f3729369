// A draft is kept as validated JSON on a node outside the domain graph (no Entity or domain label),
// so search, counts, exports and analysis never see it.
MATCH (w:LevermapWorkspace {id: $workspace}) WHERE $username IN w.members
CREATE (d:Draft {id: $id, workspace: w.id, kind: $kind, label: $label, data: $data, createdBy: $username, createdAt: datetime()})
RETURN d.id AS id, d.kind AS kind, d.label AS label, d.data AS data, d.createdBy AS createdBy, toString(d.createdAt) AS createdAt;
