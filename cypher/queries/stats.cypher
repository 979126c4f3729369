// Counts per label, and how many relationships between domain nodes carry evidence.
RETURN
  COUNT { (:Organisation) } AS organisations,
  COUNT { (:Directorate) } AS directorates,
  COUNT { (:Partnership) } AS partnerships,
  COUNT { (:Initiative) } AS initiatives,
  COUNT { (:TargetGroup) } AS targetGroups,
  COUNT { (:Place) } AS places,
  COUNT { (:Source) } AS sources,
  COUNT { (:Entity)-[r]->(:Entity) } AS relationships,
  COUNT { (:Entity)-[r]->(:Entity) WHERE size(coalesce(r.evSource, [])) > 0 } AS evidencedRelationships;
