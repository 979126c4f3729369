// Restore: nodes with their labels and properties, each marked with its backup key until the end.
// $rows: {key, labels, props}; values arrive already typed (integers, floats, dates).
UNWIND $rows AS row
CREATE (n:LevermapRestoring)
SET n = row.props, n.levermapRestoreKey = row.key
SET n:$(row.labels)
RETURN count(n) AS created;
