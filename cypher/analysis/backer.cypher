// A would-be withdrawing backer and, for an organisation, its directorates (PART_OF links whose claim counts).
MATCH (b:Entity {id: $id})
RETURN {id: b.id, name: b.name, placeholder: coalesce(b.placeholder, false), type: [l IN labels(b) WHERE l <> 'Entity'][0]} AS backer,
  COLLECT {
    MATCH (b)<-[p:PART_OF]-(d:Directorate) WHERE p.claimStatus IN $claims
    RETURN {id: d.id, name: d.name, placeholder: coalesce(d.placeholder, false), type: 'Directorate'} ORDER BY d.id
  } AS parts;
