// A read that runs until it is ended (or its transaction timeout stops it), whatever the machine's speed: it counts
// a billion numbers. For security/abandoned.test.ts.
UNWIND range(1, 1000000000) AS x
WITH x WHERE x = 0
RETURN count(x) AS n;
