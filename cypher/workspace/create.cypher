CREATE (w:LevermapWorkspace {id: $id, name: $name, members: [$username], createdBy: $username, createdAt: datetime()})
RETURN w.id AS id, w.name AS name, w.members AS members;
