// Every domain link stores its claimStatus, so that statements test `r.claimStatus IN $claims`. Links written
// before it was stored are curated ones: VERIFIED. Only links without one are touched, so it can run again.
MATCH (:Entity)-[r]->(:Entity) WHERE r.claimStatus IS NULL SET r.claimStatus = 'VERIFIED';
