// Benchmark generator: nodes of any label into a database the generator owns (CREATE: it checked it is empty).
UNWIND $rows AS row
CREATE (n:Entity)
SET n:$(row.label), n = row.props, n.version = 1;
