// Benchmark: a generated initiative backed by the national body hub, and the busiest generated place.
MATCH (:Organisation {id: $hub})-[:LEVER]->(i:Initiative)
WITH i LIMIT 1
MATCH (p:Place)<-[:LOCATED_IN]-(:Initiative)
WHERE p.id STARTS WITH 'place-scale-ltla-'
WITH i, p, count(*) AS n ORDER BY n DESC LIMIT 1
RETURN i.id AS initiative, p.id AS place, n;
