// Members $from to $n - 1 of the hub abandoned-hub.cypher made, sponsoring nothing (see there).
MATCH (hub:AbandonedHub {id: $p + '-hub'})
UNWIND range($from, $n - 1) AS k
CREATE (o:Entity:Organisation:AbandonedHub {id: $p + '-o' + k, name: 'Member ' + k + ' ' + $p, type: 'LOCAL_AUTHORITY',
  evSource: ['000'], evLine: [884], evQuote: ['where the strong area-based leadership provided a'], version: 1})
CREATE (o)-[:MEMBER_OF {id: 'MEMBER_OF:' + o.id + ':' + hub.id, confidence: 'STATED', claimStatus: 'VERIFIED'}]->(hub);
