// What bench/attack.ts generated: its organisations and the links among them.
MATCH (n:Organisation) WHERE n.id STARTS WITH $prefix
WITH count(n) AS nodes
RETURN nodes, COUNT { MATCH (:Organisation)-[r:MEMBER_OF]->() WHERE r.id STARTS WITH 'MEMBER_OF:' + $prefix } AS links;
