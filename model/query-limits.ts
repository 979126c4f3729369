/**
 * What a production server lets one GraphQL operation ask (graphql-armor rules in api/server.ts); the explorer's
 * own operations are checked against the same numbers (web/src/codegen.test.tsx), so it never asks for more.
 * The cost limit leaves room for the heaviest page the explorer sends (a place's initiatives with their flags and
 * triggers, about 186,000 by graphql-armor's count, which weighs depth, not list sizes); depth and aliases bound the
 * rest.
 */
export const QUERY_LIMITS = { depth: 8, cost: 200_000, aliases: 15 } as const;
