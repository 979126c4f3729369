// A staged import begins: its state, owned by one process that keeps its heartbeat fresh, and what the audit
// entry will say when it lands (so that a later start can finish it). $batches: how many batches will be staged.
CREATE (s:ImportState {id: $id, state: 'STAGING', owner: $owner, heartbeat: datetime(), startedAt: datetime(),
                       batches: $batches, audit: $audit, user: $user, reason: $reason, format: $format,
                       nodesCreated: 0, nodesUpdated: 0, linksCreated: 0, linksUpdated: 0,
                       findingsCreated: 0, findingsUpdated: 0, ids: []})
RETURN s.id AS id;
