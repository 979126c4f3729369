// Restore: relationships between restored nodes, found by backup key. $rows: {a, b, type, props}.
UNWIND $rows AS row
MATCH (a:LevermapRestoring {levermapRestoreKey: row.a})
MATCH (b:LevermapRestoring {levermapRestoreKey: row.b})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created;
