// Backers ranked by how many initiatives have them as the only enabling backer on some lever at $asOf, counting
// links whose claimStatus is in $claims; with $place, only initiatives located in it or
// in a place within it.
MATCH (i:Initiative)<-[r:LEVER {stance: 'ENABLES'}]-(b:Entity)
WHERE r.claimStatus IN $claims
  AND ($place IS NULL OR EXISTS {
    MATCH (i)-[l:LOCATED_IN]->(:Place)-[w:WITHIN*0..3]->(:Place {id: $place})
    WHERE l.claimStatus IN $claims AND all(x IN w WHERE x.claimStatus IN $claims)
  })
  AND @validAt(r)
WITH i, r.lever AS lever, collect(b) AS backers
WHERE size(backers) = 1
WITH backers[0] AS b, i, collect(lever) AS levers
ORDER BY i.name, i.id
WITH b, collect({initiative: {id: i.id, name: i.name, placeholder: coalesce(i.placeholder, false), type: 'Initiative'}, levers: levers}) AS items
RETURN {id: b.id, name: b.name, placeholder: coalesce(b.placeholder, false), type: [l IN labels(b) WHERE l <> 'Entity'][0]} AS backer,
  size(items) AS initiatives, items
ORDER BY initiatives DESC, backer.name, backer.id
LIMIT $first;
