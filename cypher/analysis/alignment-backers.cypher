// The nodes at the far end of the links analysis/alignment returns for the same $ids, $touching, $asOf and
// $claims, each described once (not once per link): label, organisation type, the organisation it is PART_OF,
// and the VCSE organisations it stands for (itself, or its members at $asOf).
MATCH (i:Initiative)
WHERE ($ids IS NULL OR i.id IN $ids)
  AND ($touching IS NULL OR EXISTS {
    MATCH (i)<-[t:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(b:Entity) WHERE b.id IN $touching AND t.claimStatus IN $claims
  })
MATCH (i)<-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(b:Entity)
WHERE r.claimStatus IN $claims
  AND @started(r)
WITH DISTINCT b
// Only a directorate is PART_OF an organisation, and only a partnership has members: the others skip the look-up.
OPTIONAL CALL (b) {
  WITH b WHERE b:Directorate
  MATCH (b)-[p:PART_OF]->(o:Organisation) WHERE p.claimStatus IN $claims
  RETURN o.id AS owner ORDER BY owner LIMIT 1
}
OPTIONAL CALL (b) {
  WITH b WHERE b:Partnership
  MATCH (b)<-[m:MEMBER_OF]-(o:Organisation {type: 'VCSE'})
  WHERE m.claimStatus IN $claims
    AND @validAt(m)
  WITH DISTINCT o
  RETURN collect([o.id, o.name, coalesce(o.placeholder, false)]) AS members
}
RETURN b.id AS id, b.name AS name, coalesce(b.placeholder, false) AS placeholder, [l IN labels(b) WHERE l <> 'Entity'][0] AS label,
  CASE WHEN b:Organisation THEN b.type END AS orgType, owner,
  // VCSE organisations it stands for, as [id, name, placeholder]: itself, or its members at $asOf.
  CASE WHEN b:Organisation AND b.type = 'VCSE' THEN [[b.id, b.name, coalesce(b.placeholder, false)]] ELSE coalesce(members, []) END AS vcse;
