// A hub for goldenThreads to rank over, for security/abandoned.test.ts: one partnership with $n members,
// each sponsoring an initiative downward, and $n initiatives the partnership backs sideward and a community group
// upward, so every initiative has a golden thread through each of the $n members ($n x $n rows to rank).
// Ids start with $p; the AbandonedHub label makes it easy to remove (abandoned-hub-cleanup.cypher).
WITH $p AS p, {evSource: ['000'], evLine: [884], evQuote: ['where the strong area-based leadership provided a'], version: 1} AS ev
CREATE (hub:Entity:Partnership:AbandonedHub {id: p + '-hub', name: 'Hub ' + p, kind: 'NETWORK'})
CREATE (tg:Entity:TargetGroup:AbandonedHub {id: p + '-tg', name: 'Community ' + p, kind: 'PLACE'})
SET hub += ev, tg += ev
WITH p, ev, hub, tg
UNWIND range(0, $n - 1) AS k
CREATE (o:Entity:Organisation:AbandonedHub {id: p + '-o' + k, name: 'Member ' + k + ' ' + p, type: 'LOCAL_AUTHORITY'})
CREATE (i:Entity:Initiative:AbandonedHub {id: p + '-i' + k, name: 'Initiative ' + k + ' ' + p, kind: 'PROJECT',
  status: 'ACTIVE', frameworkElements: []})
SET o += ev, i += ev
CREATE (o)-[:MEMBER_OF {id: 'MEMBER_OF:' + o.id + ':' + hub.id, confidence: 'STATED', claimStatus: 'VERIFIED'}]->(hub)
CREATE (o)-[:LEVER {id: 'LEVER:' + o.id + ':' + i.id + ':DOWNWARD', lever: 'DOWNWARD', stance: 'ENABLES',
  confidence: 'STATED', claimStatus: 'VERIFIED'}]->(i)
CREATE (hub)-[:LEVER {id: 'LEVER:' + hub.id + ':' + i.id + ':SIDEWARD', lever: 'SIDEWARD', stance: 'ENABLES',
  confidence: 'STATED', claimStatus: 'VERIFIED'}]->(i)
CREATE (tg)-[:LEVER {id: 'LEVER:' + tg.id + ':' + i.id + ':UPWARD', lever: 'UPWARD', stance: 'ENABLES',
  confidence: 'STATED', claimStatus: 'VERIFIED'}]->(i);
