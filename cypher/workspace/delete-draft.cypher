MATCH (d:Draft {id: $id})
MATCH (w:LevermapWorkspace {id: d.workspace}) WHERE $username IN w.members
DELETE d
RETURN $id AS id;
