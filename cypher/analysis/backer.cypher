// A would-be withdrawing backer and, for an organisation, its directorates.
MATCH (b:Entity {id: $id})
RETURN {id: b.id, name: b.name, placeholder: coalesce(b.placeholder, false), type: [l IN labels(b) WHERE l <> 'Entity'][0]} AS backer,
  COLLECT {
    MATCH (b)<-[:PART_OF]-(d:Directorate)
    RETURN {id: d.id, name: d.name, placeholder: coalesce(d.placeholder, false), type: 'Directorate'} ORDER BY d.id
  } AS parts;
