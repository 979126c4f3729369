// A commit that changes no answer (a node no statement of the app reads): the graph's version moves, so the
// next whole-graph answer is read afresh, as after a user's edit.
MERGE (t:BenchTouch {id: 'bench'})
SET t.at = datetime();
