// A hub for hub-work.test.ts: one partnership with $n VCSE members that backs $n initiatives sideward, one of them
// ($p + '-i0') also delivered by a VCSE member. Ids start with $p; the HubFixture label makes it easy to remove
// (hub-partnership-cleanup.cypher).
WITH $p AS p, {evSource: ['000'], evLine: [884], evQuote: ['where the strong area-based leadership provided a'], version: 1} AS ev
CREATE (hub:Entity:Partnership:HubFixture {id: p + '-hub', name: 'Hub ' + p, kind: 'NETWORK'})
SET hub += ev
WITH p, ev, hub
UNWIND range(0, $n - 1) AS k
CREATE (o:Entity:Organisation:HubFixture {id: p + '-o' + k, name: 'Member ' + k + ' ' + p, type: 'VCSE'})
CREATE (i:Entity:Initiative:HubFixture {id: p + '-i' + k, name: 'Initiative ' + k + ' ' + p, kind: 'PROJECT',
  status: 'ACTIVE', frameworkElements: []})
SET o += ev, i += ev
CREATE (o)-[m:MEMBER_OF {id: 'MEMBER_OF:' + o.id + ':' + hub.id, confidence: 'STATED', claimStatus: 'VERIFIED', role: 'member'}]->(hub)
CREATE (hub)-[l:LEVER {id: 'LEVER:' + hub.id + ':' + i.id + ':SIDEWARD', lever: 'SIDEWARD', stance: 'ENABLES',
  confidence: 'STATED', claimStatus: 'VERIFIED'}]->(i)
SET m += ev, l += ev
WITH p, ev, o, i WHERE i.id = p + '-i0'
CREATE (o)-[d:DELIVERS {id: 'DELIVERS:' + o.id + ':' + i.id, confidence: 'STATED', claimStatus: 'VERIFIED'}]->(i)
SET d += ev;
