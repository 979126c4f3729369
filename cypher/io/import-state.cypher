// A staged import's state and what is left of it: the seqs of the batches not yet switched, in order.
MATCH (s:ImportState {id: $id})
RETURN s.state AS state, s.owner AS owner, s.audit AS audit, s.user AS user, s.reason AS reason,
       s.format AS format, s.nodesCreated AS nodesCreated, s.nodesUpdated AS nodesUpdated,
       s.linksCreated AS linksCreated, s.linksUpdated AS linksUpdated, s.ids AS ids,
       COLLECT { MATCH (b:ImportBatch {importId: $id}) RETURN b.seq AS seq ORDER BY seq } AS left;
