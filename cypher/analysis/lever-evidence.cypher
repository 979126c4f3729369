// How often one source evidences each lever: lever links valid at $asOf citing $source, with the distinct
// initiatives, backers and cited passages (lines of that source) per lever; links whose claim is in $claims.
UNWIND ['DOWNWARD', 'SIDEWARD', 'UPWARD'] AS lever
CALL (lever) {
  OPTIONAL MATCH (b:Entity)-[r:LEVER {lever: lever}]->(i:Initiative)
  WHERE $source IN r.evSource AND r.claimStatus IN $claims
    AND @validAt(r)
  WITH collect(r) AS rs, count(DISTINCT i) AS initiatives, count(DISTINCT b) AS backers
  RETURN size(rs) AS links,
    size([r IN rs WHERE r.stance = 'ENABLES']) AS enabling,
    size([r IN rs WHERE r.stance = 'OPPOSES']) AS opposing,
    initiatives, backers,
    COUNT {
      UNWIND rs AS r
      UNWIND range(0, size(r.evSource) - 1) AS k
      WITH r, k WHERE r.evSource[k] = $source
      RETURN DISTINCT r.evLine[k] AS line
    } AS passages
}
RETURN lever, links, enabling, opposing, initiatives, backers, passages;
