// A hub that makes goldenThreads slow however fast the machine, for security/abandoned.test.ts: one partnership
// backing $initiatives initiatives sideward, each pushed for upward by a community group, and members added by
// abandoned-hub-members.cypher that sponsor nothing. Every initiative then asks, of every member, whether it
// sponsors something downward (none does): initiatives x members checks, and no thread to stop at early.
// Ids start with $p; the AbandonedHub label makes it easy to remove (abandoned-hub-cleanup.cypher).
WITH $p AS p, {evSource: ['000'], evLine: [884], evQuote: ['where the strong area-based leadership provided a'], version: 1} AS ev
CREATE (hub:Entity:Partnership:AbandonedHub {id: p + '-hub', name: 'Hub ' + p, kind: 'NETWORK'})
CREATE (tg:Entity:TargetGroup:AbandonedHub {id: p + '-tg', name: 'Community ' + p, kind: 'PLACE'})
SET hub += ev, tg += ev
WITH p, ev, hub, tg
UNWIND range(0, $initiatives - 1) AS k
CREATE (i:Entity:Initiative:AbandonedHub {id: p + '-i' + k, name: 'Initiative ' + k + ' ' + p, kind: 'PROJECT',
  status: 'ACTIVE', frameworkElements: []})
SET i += ev
CREATE (hub)-[:LEVER {id: 'LEVER:' + hub.id + ':' + i.id + ':SIDEWARD', lever: 'SIDEWARD', stance: 'ENABLES',
  confidence: 'STATED', claimStatus: 'VERIFIED'}]->(i)
CREATE (tg)-[:LEVER {id: 'LEVER:' + tg.id + ':' + i.id + ':UPWARD', lever: 'UPWARD', stance: 'ENABLES',
  confidence: 'STATED', claimStatus: 'VERIFIED'}]->(i);
