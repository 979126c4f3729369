// Per case-study site of $source: enabling lever links citing $source on initiatives located in the site (or a
// place within it), by lever. For the consistency check of a document's report-level claims.
MATCH (site:Place {kind: 'SITE'})
WHERE $source IN site.evSource
CALL (site) {
  UNWIND ['DOWNWARD', 'SIDEWARD', 'UPWARD'] AS lever
  OPTIONAL MATCH (:Entity)-[r:LEVER {lever: lever}]->(i:Initiative)-[:LOCATED_IN]->(:Place)-[:WITHIN*0..3]->(site)
  WHERE $source IN r.evSource AND r.claimStatus IN $claims
  WITH lever, count(DISTINCT r) AS links
  RETURN collect({lever: lever, links: links}) AS levers
}
RETURN site.id AS id, site.name AS name, levers
ORDER BY site.name;
