// The verifiers' review queue: UNVERIFIED links, oldest claim first, filtered here rather than in the page:
// by author ($author), by a source one of its citations names ($source) and by the claim's age in whole days
// ($minAgeDays, $maxAgeDays; a link with no createdAt has no age and passes only when neither is set).
// Also the authors and sources of every unverified link, so the page can offer them as choices.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.claimStatus = 'UNVERIFIED'
WITH a, r, b, CASE WHEN r.createdAt IS NULL THEN null ELSE duration.inDays(r.createdAt, datetime()).days END AS age
WITH collect({a: a, r: r, b: b, age: age}) AS open
WITH open, [x IN open WHERE ($author IS NULL OR x.r.claimedBy = $author)
  AND ($source IS NULL OR $source IN coalesce(x.r.evSource, []))
  AND ($minAgeDays IS NULL OR x.age >= $minAgeDays)
  AND ($maxAgeDays IS NULL OR x.age <= $maxAgeDays)] AS hits
RETURN size(hits) AS total,
  COLLECT { UNWIND open AS x WITH DISTINCT x.r.claimedBy AS who WHERE who IS NOT NULL RETURN who ORDER BY who } AS authors,
  COLLECT { UNWIND open AS x UNWIND coalesce(x.r.evSource, []) AS s WITH DISTINCT s RETURN s ORDER BY s } AS sources,
  COLLECT {
    UNWIND hits AS x
    WITH x ORDER BY x.r.createdAt, x.r.id
    SKIP $skip LIMIT $first
    WITH x.a AS a, x.r AS r, x.b AS b, x.age AS age
    RETURN {age: age, claimedAt: CASE WHEN r.createdAt IS NULL THEN null ELSE toString(r.createdAt) END,
      link: {type: type(r), props: properties(r),
        from: {id: a.id, name: a.name, placeholder: coalesce(a.placeholder, false), label: [l IN labels(a) WHERE l <> 'Entity'][0]},
        to: {id: b.id, name: b.name, placeholder: coalesce(b.placeholder, false), label: [l IN labels(b) WHERE l <> 'Entity'][0]}}}
  } AS items;
