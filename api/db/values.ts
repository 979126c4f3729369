/**
 * Neo4j's value types (integers, temporal values, points, graph elements) for code that builds or reads them,
 * so that nothing outside api/db/ imports the driver.
 */
import neo4j from 'neo4j-driver';

export type { Node, Path, Relationship } from 'neo4j-driver';
export const { int, isInt, isNode, isRelationship, isPath } = neo4j;
/** Constructors: DateTime, LocalDateTime, Date, Time, LocalTime, Duration, Point. */
export const types = neo4j.types;
