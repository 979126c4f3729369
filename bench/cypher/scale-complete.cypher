// Benchmark generator: marks the generated graph as written to the end (a run stopped half-way leaves it unmarked).
MATCH (s:Source {id: $id})
SET s.generated = true;
