// How many domain nodes and links there are (import tests check that a failed import wrote nothing).
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS links }
RETURN nodes, links;
