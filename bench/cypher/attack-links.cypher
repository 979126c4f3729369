// For organisations $from .. $to - 1 of bench/attack.ts's graph: MEMBER_OF three others of the $n (a ring and two
// chords, as test/integration/security/big-graph.cypher), so Louvain has real work and every node is reachable.
UNWIND range($from, $to - 1) AS i
MATCH (a:Entity {id: $prefix + i})
UNWIND [(i + 1) % $n, (i * 7 + 3) % $n, (i * 13 + 11) % $n] AS j
WITH DISTINCT a, i, j WHERE j <> i
MATCH (b:Entity {id: $prefix + j})
CREATE (a)-[:MEMBER_OF {id: 'MEMBER_OF:' + a.id + ':' + b.id, confidence: 'STATED', claimStatus: 'VERIFIED',
  evSource: ['000'], evLine: [884], evQuote: ['where the strong area-based leadership provided a'], version: 1}]->(b);
