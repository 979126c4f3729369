MATCH (w:LevermapWorkspace {id: $id}) WHERE $username IN w.members
MATCH (:LevermapUser {username: $member})
SET w.members = CASE WHEN $member IN w.members THEN w.members ELSE w.members + $member END
RETURN w.id AS id, w.name AS name, w.members AS members;
