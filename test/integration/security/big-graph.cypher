// A generated graph for the whole-graph analysis test: $n organisations with ids $prefix0 .. $prefix{n-1}, each
// MEMBER_OF three others (a ring and two chords), so Louvain has real work (verified links: analysis reads only links
// whose claimStatus it counts, and a link without one would leave every node alone). The SecurityBigGraph label and the
// id prefix make it easy to remove afterwards (big-graph-cleanup.cypher).
UNWIND range(0, $n - 1) AS i
CREATE (:Entity:Organisation:SecurityBigGraph {id: $prefix + i, name: 'Generated organisation ' + i, type: 'VCSE',
  placeholder: false, evSource: ['000']});
MATCH (a:SecurityBigGraph)
WITH a, toInteger(substring(a.id, size($prefix))) AS i
UNWIND [(i + 1) % $n, (i * 7 + 3) % $n, (i * 13 + 11) % $n] AS j
WITH DISTINCT a, i, j
MATCH (b:Organisation {id: $prefix + j})
WITH a, b, i, j WHERE a <> b
CREATE (a)-[:MEMBER_OF {id: 'MEMBER_OF:' + a.id + ':' + b.id + ':' + j, confidence: 'STATED', claimStatus: 'VERIFIED',
  evSource: ['000']}]->(b);
