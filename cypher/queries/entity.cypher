// One node of any label with all its links and the refs at their other ends; for a place, its partnerships
// (projected exactly as queries/place-partnerships does for places reached otherwise), so place(id) { partnerships }
// is one round trip.
MATCH (n:Entity {id: $id})
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props,
  COLLECT {
    MATCH (n)-[r]-(m:Entity)
    RETURN {type: type(r), props: properties(r), outgoing: startNode(r) = n,
            other: {id: m.id, name: m.name, placeholder: coalesce(m.placeholder, false),
                    label: [l IN labels(m) WHERE l <> 'Entity'][0]}}
  } AS links,
  // Partnerships that WORK_IN the place or a place within it, or back, commission, deliver or fund an initiative
  // LOCATED_IN it or a place within it; links whose claim was REJECTED are left out.
  CASE WHEN n:Place THEN COLLECT {
    MATCH (n)<-[w:WITHIN*0..3]-(q:Place)
    WHERE all(x IN w WHERE x.claimStatus <> 'REJECTED')
    MATCH (q)<-[r:WORKS_IN|LOCATED_IN]-(x:Entity)
    WHERE r.claimStatus <> 'REJECTED'
    OPTIONAL MATCH (x:Initiative)<-[b:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(via:Partnership)
    WHERE b.claimStatus <> 'REJECTED'
    WITH CASE WHEN x:Partnership THEN x ELSE via END AS p
    WITH DISTINCT p WHERE p IS NOT NULL
    RETURN {partnership: {id: p.id, name: p.name, placeholder: coalesce(p.placeholder, false), type: 'Partnership'},
            members: COLLECT {
              MATCH (p)<-[m:MEMBER_OF]-(o:Entity)
              WHERE m.claimStatus <> 'REJECTED'
              RETURN {member: {id: o.id, name: o.name, placeholder: coalesce(o.placeholder, false), type: [l IN labels(o) WHERE l <> 'Entity'][0]},
                      role: m.role}
              ORDER BY o.name, o.id
            }}
    ORDER BY p.name, p.id
  } END AS partnerships;
