/** Changes to the graph (api/schema/core.graphql): create and update nodes and links, verify claims. Each is audited. */
import { gql } from './client.js';
import type { Citation, EditableLink, LinkType, NodeLabel, Ref } from './types.js';

const CITATION = 'sourceId sourceTitle line quote';
const REF = 'id name type placeholder';
const LINK = `id type confidence reason lever stance class role amount validFrom validTo claimStatus claimedBy verifiedBy verificationReason version
  evidence { ${CITATION} } from { ${REF} } to { ${REF} }`;

/** Bumped after every change, so cached reads (neighbourhoods, claims) are read again. */
let generation = 0;
export const dataGeneration = () => generation;
const changed = <T>(v: T): T => { generation++; return v; };

export interface EditableNode {
  id: string; label: NodeLabel; version: number; evidence: Citation[];
  /** Field values by their input names (kind, type, ...). */
  values: Record<string, unknown>;
}

const EDIT_NODE = `query EditNode($id: ID!) { entity(id: $id) {
  __typename id name label aliases description placeholder version evidence { ${CITATION} }
  ... on Organisation { type subtype validFrom validTo odsCode charityNumber companyNumber giving360Id }
  ... on Directorate { directorateKind: kind }
  ... on Partnership { partnershipKind: kind validFrom validTo }
  ... on Initiative { initiativeKind: kind frameworkElements preventionTier status startDate endDate funding benefitExpected }
  ... on TargetGroup { groupKind: kind }
  ... on Place { placeKind: kind code }
} }`;

export async function nodeForEdit(id: string, signal?: AbortSignal): Promise<EditableNode | null> {
  const d = await gql<{ entity: (Record<string, unknown> & { id: string; label: NodeLabel; version: number; evidence: Citation[] }) | null }, { id: string }>(EDIT_NODE, { id }, signal);
  if (!d.entity) return null;
  const { evidence, version, label, ...rest } = d.entity;
  const values: Record<string, unknown> = { ...rest };
  for (const k of ['directorateKind', 'partnershipKind', 'initiativeKind', 'groupKind', 'placeKind']) {
    if (k in values) { values.kind = values[k]; delete values[k]; }
  }
  return { id: d.entity.id, label, version, evidence, values };
}

export async function linkForEdit(id: string, signal?: AbortSignal): Promise<EditableLink | null> {
  const d = await gql<{ link: EditableLink | null }, { id: string }>(`query EditLink($id: ID!) { link(id: $id) { ${LINK} } }`, { id }, signal);
  return d.link;
}

export async function createNode(label: NodeLabel, input: Record<string, unknown>, reason: string | null): Promise<{ id: string; version: number }> {
  const d = await gql<Record<string, { id: string; version: number }>, object>(
    `mutation CreateNode($input: ${label}Input!, $reason: String) { node: create${label}(input: $input, reason: $reason) { id version } }`,
    { input, reason });
  return changed(d.node!);
}

export async function updateNode(label: NodeLabel, id: string, input: Record<string, unknown>, expectedVersion: number, reason: string | null): Promise<{ id: string; version: number }> {
  const d = await gql<Record<string, { id: string; version: number }>, object>(
    `mutation UpdateNode($id: ID!, $input: ${label}Update!, $expectedVersion: Int, $reason: String) {
      node: update${label}(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }`,
    { id, input, expectedVersion, reason });
  return changed(d.node!);
}

export async function createLink(input: Record<string, unknown> & { type: LinkType }, reason: string | null): Promise<EditableLink> {
  const d = await gql<{ createLink: EditableLink }, object>(
    `mutation CreateLink($input: LinkInput!, $reason: String) { createLink(input: $input, reason: $reason) { ${LINK} } }`, { input, reason });
  return changed(d.createLink);
}

export async function updateLink(id: string, input: Record<string, unknown>, expectedVersion: number, reason: string | null): Promise<EditableLink> {
  const d = await gql<{ updateLink: EditableLink }, object>(
    `mutation UpdateLink($id: ID!, $input: LinkUpdate!, $expectedVersion: Int, $reason: String) {
      updateLink(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { ${LINK} } }`,
    { id, input, expectedVersion, reason });
  return changed(d.updateLink);
}

export async function verifyLink(id: string, accept: boolean, reason: string, expectedVersion: number): Promise<EditableLink> {
  const d = await gql<{ verifyLink: EditableLink }, object>(
    `mutation VerifyLink($id: ID!, $accept: Boolean!, $reason: String!, $expectedVersion: Int) {
      verifyLink(id: $id, accept: $accept, reason: $reason, expectedVersion: $expectedVersion) { ${LINK} } }`,
    { id, accept, reason, expectedVersion });
  return changed(d.verifyLink);
}

export const changedData = () => { generation++; };
export type { Ref };
