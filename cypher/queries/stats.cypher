// Counts per label, and how many relationships carry evidence.
RETURN
  COUNT { (:Organisation) } AS organisations,
  COUNT { (:Directorate) } AS directorates,
  COUNT { (:Partnership) } AS partnerships,
  COUNT { (:Initiative) } AS initiatives,
  COUNT { (:TargetGroup) } AS targetGroups,
  COUNT { (:Place) } AS places,
  COUNT { (:Source) } AS sources,
  COUNT { ()-[r]->() } AS relationships,
  COUNT { ()-[r]->() WHERE size(coalesce(r.evSource, [])) > 0 } AS evidencedRelationships;
