// Partnerships of several places at once, for Place.partnerships where the place did not come from
// queries/entity (which projects the same list): partnerships that WORK_IN the place or a place within it, or
// back, commission, deliver or fund an initiative LOCATED_IN it or a place within it; REJECTED links left out.
UNWIND $ids AS id
MATCH (n:Place {id: id})
RETURN id, COLLECT {
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
  } AS partnerships;
