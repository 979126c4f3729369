// Workspaces this user belongs to; others are invisible, not forbidden, so their existence does not leak.
MATCH (w:LevermapWorkspace) WHERE $username IN w.members AND ($id IS NULL OR w.id = $id)
RETURN w.id AS id, w.name AS name, w.members AS members,
  COLLECT {
    MATCH (d:Draft {workspace: w.id})
    WITH d ORDER BY d.createdAt
    RETURN {id: d.id, kind: d.kind, label: d.label, data: d.data, createdBy: d.createdBy, createdAt: toString(d.createdAt)}
  } AS drafts
ORDER BY w.name;
