// Takes over a stale import (the owner's heartbeat is older than $staleSeconds): the write lock on the state
// lets only one process win, and the loser sees a fresh heartbeat and no row.
MATCH (s:ImportState {id: $id})
WHERE s.heartbeat < datetime() - duration({seconds: $staleSeconds})
SET s.owner = $owner, s.heartbeat = datetime()
RETURN s.state AS state;
