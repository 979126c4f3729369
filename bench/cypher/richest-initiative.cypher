// Benchmark only (bench/api.ts): the initiative with the most lever links, the heaviest page to fetch.
MATCH (i:Initiative)<-[r:LEVER]-()
RETURN i.id AS id, count(r) AS n
ORDER BY n DESC
LIMIT 1;
