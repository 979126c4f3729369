// What each path of bench/import-scale.ts left: its organisations and their MEMBER_OF links, by id prefix.
MATCH (n:Organisation) WHERE n.id STARTS WITH $prefix
RETURN count(n) AS nodes, sum(COUNT { (n)-[:MEMBER_OF]->() }) AS links;
