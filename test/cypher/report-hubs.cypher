// Hubs and edge cases for report-scale.test.ts, all ids starting with $p and labelled HubFixture
// (hub-partnership-cleanup.cypher removes them). Hub A has $n members, the one VCSE member's membership ended in
// 2015; hub B has $n members and no VCSE one. Hub A backs every initiative sideward, hub B delivers the even ones.
// A directorate commissions i1 and leads it downward while its organisation delivers it; i2's funding ends before
// its benefit; i3 is opposed, with a lever that ended in 2012; i4 has an unverified and a rejected lever; i5 had a
// VCSE deliverer until 2012. Every initiative has the three levers checked absent, so the gap rules can fire.
WITH $p AS p, {evSource: ['000'], evLine: [884], evQuote: ['where the strong area-based leadership provided a'], version: 1, confidence: 'STATED'} AS ev
CREATE (a:Entity:Partnership:HubFixture {id: p + '-hubA', name: 'Hub A ' + p, kind: 'NETWORK'})
CREATE (b:Entity:Partnership:HubFixture {id: p + '-hubB', name: 'Hub B ' + p, kind: 'NETWORK'})
CREATE (c:Entity:Organisation:HubFixture {id: p + '-council', name: 'Council ' + p, type: 'LOCAL_AUTHORITY'})
CREATE (d:Entity:Directorate:HubFixture {id: p + '-dph', name: 'Public health ' + p})
CREATE (f:Entity:Organisation:HubFixture {id: p + '-funder', name: 'Funder ' + p, type: 'NHS'})
CREATE (v:Entity:Organisation:HubFixture {id: p + '-vcse', name: 'Charity ' + p, type: 'VCSE'})
CREATE (g:Entity:TargetGroup:HubFixture {id: p + '-tg', name: 'Residents ' + p})
CREATE (pl:Entity:Place:HubFixture {id: p + '-place', name: 'Place ' + p, kind: 'LTLA'})
CREATE (d)-[:PART_OF {id: 'PART_OF:' + d.id + ':' + c.id, claimStatus: 'VERIFIED'}]->(c)
SET a += ev, b += ev, c += ev, d += ev, f += ev, v += ev, g += ev, pl += ev
WITH p, ev, a, b, c, d, f, v, g, pl
CALL (p, ev, a, b) {
  UNWIND range(0, $n - 1) AS k
  CREATE (o:Entity:Organisation:HubFixture {id: p + '-a' + k, name: 'A member ' + k, type: CASE WHEN k = $n - 1 THEN 'VCSE' ELSE 'NHS' END})
  CREATE (q:Entity:Organisation:HubFixture {id: p + '-b' + k, name: 'B member ' + k, type: 'NHS'})
  CREATE (o)-[m:MEMBER_OF {id: 'MEMBER_OF:' + o.id + ':' + a.id, claimStatus: 'VERIFIED', validTo: CASE WHEN k = $n - 1 THEN '2015' END}]->(a)
  CREATE (q)-[m2:MEMBER_OF {id: 'MEMBER_OF:' + q.id + ':' + b.id, claimStatus: 'VERIFIED'}]->(b)
  SET o += ev, q += ev, m += ev, m2 += ev
}
CALL (p, ev, a, b, pl, g) {
  UNWIND range(0, 9) AS k
  CREATE (i:Entity:Initiative:HubFixture {id: p + '-i' + k, name: 'Hub initiative ' + k + ' ' + p, kind: 'PROJECT',
    status: CASE WHEN k = 7 THEN 'AT_RISK' ELSE 'ACTIVE' END, frameworkElements: CASE WHEN k % 3 = 0 THEN ['Fixture element'] ELSE [] END,
    absLever: ['DOWNWARD', 'SIDEWARD', 'UPWARD'], absSource: ['', '', ''], absLine: [0, 0, 0], absQuote: ['', '', ''],
    absBy: ['tester', 'tester', 'tester'], absOn: ['2020-01-01', '2020-01-01', '2020-01-01']})
  SET i += ev
  CREATE (a)-[l:LEVER {id: 'LEVER:' + a.id + ':' + i.id + ':SIDEWARD', lever: 'SIDEWARD', stance: 'ENABLES', claimStatus: 'VERIFIED', validFrom: '2010'}]->(i)
  SET l += ev
  WITH p, ev, b, pl, g, i, k
  CALL (ev, b, i, k) { WITH k WHERE k % 2 = 0
    CREATE (b)-[x:DELIVERS {id: 'DELIVERS:' + b.id + ':' + i.id, claimStatus: 'VERIFIED'}]->(i) SET x += ev }
  CALL (ev, pl, i, k) { WITH k WHERE k % 2 = 1
    CREATE (i)-[x:LOCATED_IN {id: 'LOCATED_IN:' + i.id + ':' + pl.id, claimStatus: 'VERIFIED'}]->(pl) SET x += ev }
  CALL (ev, g, i, k) { WITH k WHERE k < 4
    CREATE (i)-[x:TARGETS {id: 'TARGETS:' + i.id + ':' + g.id, claimStatus: 'VERIFIED'}]->(g) SET x += ev }
}
WITH p, ev, c, d, f, v, g
MATCH (i1:Initiative {id: p + '-i1'}), (i2:Initiative {id: p + '-i2'}), (i3:Initiative {id: p + '-i3'}),
  (i4:Initiative {id: p + '-i4'}), (i5:Initiative {id: p + '-i5'})
SET i2.benefitExpected = '2020'
CREATE (d)-[r1:LEVER {id: 'LEVER:' + d.id + ':' + i1.id + ':DOWNWARD', lever: 'DOWNWARD', stance: 'ENABLES', class: 'strong leadership within the LA', claimStatus: 'VERIFIED'}]->(i1)
CREATE (d)-[r2:COMMISSIONS {id: 'COMMISSIONS:' + d.id + ':' + i1.id, claimStatus: 'VERIFIED'}]->(i1)
CREATE (c)-[r3:DELIVERS {id: 'DELIVERS:' + c.id + ':' + i1.id, claimStatus: 'VERIFIED'}]->(i1)
CREATE (f)-[r4:FUNDS {id: 'FUNDS:' + f.id + ':' + i2.id, claimStatus: 'VERIFIED', validFrom: '2012', validTo: '2016', amount: '£1'}]->(i2)
CREATE (f)-[r5:LEVER {id: 'LEVER:' + f.id + ':' + i2.id + ':DOWNWARD', lever: 'DOWNWARD', stance: 'ENABLES', claimStatus: 'VERIFIED'}]->(i2)
CREATE (c)-[r6:LEVER {id: 'LEVER:' + c.id + ':' + i3.id + ':DOWNWARD', lever: 'DOWNWARD', stance: 'OPPOSES', claimStatus: 'VERIFIED', validFrom: '2010'}]->(i3)
CREATE (f)-[r7:LEVER {id: 'LEVER:' + f.id + ':' + i3.id + ':UPWARD', lever: 'UPWARD', stance: 'ENABLES', claimStatus: 'VERIFIED', validTo: '2012'}]->(i3)
CREATE (g)-[r8:LEVER {id: 'LEVER:' + g.id + ':' + i4.id + ':UPWARD', lever: 'UPWARD', stance: 'ENABLES', class: 'community voice', claimStatus: 'UNVERIFIED'}]->(i4)
CREATE (c)-[r9:LEVER {id: 'LEVER:' + c.id + ':' + i4.id + ':DOWNWARD', lever: 'DOWNWARD', stance: 'ENABLES', claimStatus: 'REJECTED'}]->(i4)
CREATE (v)-[r10:DELIVERS {id: 'DELIVERS:' + v.id + ':' + i5.id, claimStatus: 'VERIFIED', validTo: '2012'}]->(i5)
SET r1 += ev, r2 += ev, r3 += ev, r4 += ev, r5 += ev, r6 += ev, r7 += ev, r8 += ev, r9 += ev, r10 += ev;
