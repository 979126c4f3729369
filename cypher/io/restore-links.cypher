// Restore: relationships between restored nodes, found by backup key. $rows: {a, b, type, props}.
UNWIND $rows AS row
MATCH (a:LevermapRestoring {levermapRestoreKey: row.a})
MATCH (b:LevermapRestoring {levermapRestoreKey: row.b})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
// A backup made before links stored their claimStatus: domain links get VERIFIED, as the migration gives them.
FOREACH (_ IN CASE WHEN a:Entity AND b:Entity AND r.claimStatus IS NULL THEN [1] ELSE [] END | SET r.claimStatus = 'VERIFIED')
RETURN count(r) AS created;
