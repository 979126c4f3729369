// Benchmark only, inside a transaction that bench/suggest.ts rolls back: deletes links by id ($rows: {from, id}).
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r {id: row.id}]->()
DELETE r
RETURN count(*) AS deleted;
