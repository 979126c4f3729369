// Lever profile: initiatives grouped by $groupBy (PLACE, TARGET_GROUP, FRAMEWORK_ELEMENT, LEVER_CLASS,
// ORGANISATION_TYPE, SOURCE) with, per group, how many have an enabling backer on each lever, an opposing
// backer, and each status, counting the lever links valid at $asOf. Initiatives with nothing recorded for the
// grouping form one group with key ''. Status follows cypher/analysis/alignment.cypher; links count when their
// claimStatus is in $claims.
// Each initiative is summed up once, in one pass over its lever links, before it is grouped: its four lever facts
// and, for a grouping by link (class, organisation type), its distinct keys; a backer's organisation type is looked
// up only when grouping by it. Then only the grouping asked for is read.
MATCH (i:Initiative)
CALL (i) {
  OPTIONAL MATCH (i)<-[r:LEVER]-(b:Entity)
  WHERE r.claimStatus IN $claims
    AND @validAt(r)
  // An initiative with no lever link gives one row of nulls, counted as none (status UNKNOWN).
  WITH r, b, r.stance AS stance, CASE WHEN r.stance = 'ENABLES' THEN r.lever END AS enables
  RETURN count(r) AS n,
    count(CASE WHEN enables = 'DOWNWARD' THEN 1 END) > 0 AS d,
    count(CASE WHEN enables = 'SIDEWARD' THEN 1 END) > 0 AS s,
    count(CASE WHEN enables = 'UPWARD' THEN 1 END) > 0 AS u,
    count(CASE WHEN stance = 'OPPOSES' THEN 1 END) > 0 AS o,
    collect(DISTINCT CASE $groupBy
      WHEN 'LEVER_CLASS' THEN CASE WHEN r.class IS NOT NULL THEN [r.lever + ':' + r.class, r.class + ' (' + toLower(r.lever) + ')'] END
      WHEN 'ORGANISATION_TYPE' THEN CASE WHEN b:Organisation THEN [b.type, b.type] ELSE COLLECT { MATCH (b)-[p:PART_OF]->(o:Organisation) WHERE p.claimStatus IN $claims RETURN [o.type, o.type] ORDER BY o.id }[0] END
    END) AS linkKeys
}
WITH i, d, s, u, o,
  CASE WHEN n = 0 THEN 'UNKNOWN' WHEN o THEN 'CONTESTED' WHEN d AND s AND u THEN 'ALIGNED' ELSE 'PARTIAL' END AS status,
  CASE $groupBy
    WHEN 'PLACE' THEN COLLECT { MATCH (i)-[l:LOCATED_IN]->(p:Place) WHERE l.claimStatus IN $claims RETURN DISTINCT [p.id, p.name] AS k }
    WHEN 'TARGET_GROUP' THEN COLLECT { MATCH (i)-[l:TARGETS]->(g:TargetGroup) WHERE l.claimStatus IN $claims RETURN DISTINCT [g.id, g.name] AS k }
    WHEN 'FRAMEWORK_ELEMENT' THEN COLLECT { UNWIND coalesce(i.frameworkElements, []) AS e RETURN DISTINCT [e, e] AS k }
    WHEN 'SOURCE' THEN COLLECT { UNWIND coalesce(i.evSource, []) AS sid WITH DISTINCT sid OPTIONAL MATCH (src:Source {id: sid}) RETURN [sid, coalesce(src.title, sid)] AS k }
    ELSE [k IN linkKeys WHERE k[0] IS NOT NULL]
  END AS keys
// Each distinct key of an initiative once; none is the group with key ''.
UNWIND CASE WHEN size(keys) = 0 THEN [null] ELSE keys END AS k
WITH coalesce(k[0], '') AS key, coalesce(k[1], 'not recorded') AS label, d, s, u, o, status
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
