// The lever profile as it was first written (per lever link, a map with the backer's organisation type; per
// initiative, a UNION of every grouping): report-scale.test.ts checks analysis/lever-profile answers as this does.
MATCH (i:Initiative)
WITH i, COLLECT {
  MATCH (i)<-[r:LEVER]-(b:Entity)
  WHERE r.claimStatus IN $claims
    AND @validAt(r)
  RETURN {lever: r.lever, stance: r.stance, class: r.class,
          orgType: CASE WHEN b:Organisation THEN b.type ELSE COLLECT { MATCH (b)-[p:PART_OF]->(o:Organisation) WHERE p.claimStatus IN $claims RETURN o.type ORDER BY o.id }[0] END}
} AS ls
WITH i, ls,
  any(x IN ls WHERE x.lever = 'DOWNWARD' AND x.stance = 'ENABLES') AS d,
  any(x IN ls WHERE x.lever = 'SIDEWARD' AND x.stance = 'ENABLES') AS s,
  any(x IN ls WHERE x.lever = 'UPWARD' AND x.stance = 'ENABLES') AS u,
  any(x IN ls WHERE x.stance = 'OPPOSES') AS o
WITH i, ls, d, s, u, o,
  CASE WHEN size(ls) = 0 THEN 'UNKNOWN' WHEN o THEN 'CONTESTED' WHEN d AND s AND u THEN 'ALIGNED' ELSE 'PARTIAL' END AS status
OPTIONAL CALL (i, ls) {
  WITH i WHERE $groupBy = 'PLACE'
  MATCH (i)-[l:LOCATED_IN]->(p:Place) WHERE l.claimStatus IN $claims
  RETURN p.id AS key, p.name AS label
  UNION
  WITH i WHERE $groupBy = 'TARGET_GROUP'
  MATCH (i)-[l:TARGETS]->(g:TargetGroup) WHERE l.claimStatus IN $claims
  RETURN g.id AS key, g.name AS label
  UNION
  WITH i WHERE $groupBy = 'FRAMEWORK_ELEMENT'
  UNWIND coalesce(i.frameworkElements, []) AS e
  RETURN e AS key, e AS label
  UNION
  WITH ls WHERE $groupBy = 'LEVER_CLASS'
  UNWIND ls AS x
  WITH x WHERE x.class IS NOT NULL
  RETURN x.lever + ':' + x.class AS key, x.class + ' (' + toLower(x.lever) + ')' AS label
  UNION
  WITH ls WHERE $groupBy = 'ORGANISATION_TYPE'
  UNWIND ls AS x
  WITH x WHERE x.orgType IS NOT NULL
  RETURN x.orgType AS key, x.orgType AS label
  UNION
  WITH i WHERE $groupBy = 'SOURCE'
  UNWIND coalesce(i.evSource, []) AS sid
  OPTIONAL MATCH (src:Source {id: sid})
  RETURN sid AS key, coalesce(src.title, sid) AS label
}
WITH coalesce(key, '') AS key, coalesce(label, 'not recorded') AS label, d, s, u, o, status
RETURN key, label, count(*) AS initiatives,
  sum(CASE WHEN d THEN 1 ELSE 0 END) AS downward,
  sum(CASE WHEN s THEN 1 ELSE 0 END) AS sideward,
  sum(CASE WHEN u THEN 1 ELSE 0 END) AS upward,
  sum(CASE WHEN o THEN 1 ELSE 0 END) AS opposing,
  sum(CASE WHEN status = 'ALIGNED' THEN 1 ELSE 0 END) AS aligned,
  sum(CASE WHEN status = 'PARTIAL' THEN 1 ELSE 0 END) AS partial,
  sum(CASE WHEN status = 'CONTESTED' THEN 1 ELSE 0 END) AS contested,
  sum(CASE WHEN status = 'UNKNOWN' THEN 1 ELSE 0 END) AS unknown
ORDER BY initiatives DESC, key;
