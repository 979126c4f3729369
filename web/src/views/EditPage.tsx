/**
 * Add and change nodes and links. /edit chooses; /edit/new/LABEL and /edit/node/ID edit a
 * node; /edit/link/new?from=ID and /edit/link/ID a link. Contributors and above; the API checks the role again.
 */
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { gql, useGql } from '../client/client.js';
import { EditForm } from '../components/EditForm.js';
import { EntityPicker, type Ref } from '../components/EntityPicker.js';
import { ClaimBadge, type Link } from '../components/EvidencePanel.js';
import type { Source } from '../components/FormFields.js';
import { can, useSession } from '../components/session.js';
import { Empty, ErrorNote, Loading } from '../components/Status.js';
import { graphql } from '../gql/index.js';
import type { EditCommonFragment, LinkInput, LinkUpdate, TypedDocumentString } from '../gql/graphql.js';
import {
  createInput,
  EDIT_LABELS,
  formValues,
  LINK_RULES,
  LINK_TYPES,
  linkFields,
  NODE_FIELDS,
  updatePatch,
  type EditLabel,
} from '../model/forms.js';
import { HOME, editNew, editNode, explore, newLink, type ViewState } from '../model/url.js';
import { LABEL_NAME, LEVER_STYLE, LINK_NAME, humanise, type LinkType, type NodeLabel } from '../model/vocabulary.js';
import { article } from '../model/words.js';

interface Props {
  path: string | null;
  from: string | null;
  navigate(v: ViewState, replace?: boolean): void;
  open(id: string): void;
}

const SourcesQuery = graphql(`query Sources { sources { ...SourceItem } }`);
const NodeLabelQuery = graphql(`query EditNodeLabel($id: ID!) { entity(id: $id) { id name label placeholder } }`);
const EditLinkQuery = graphql(`query EditLink($id: ID!) { link(id: $id) { ...LinkDetail } }`);

graphql(
  `fragment EditCommon on Entity { id name label aliases description placeholder version evidence { ...Citation } }`,
);
/** Each label's fields under the names its input uses (kind is kind), so the form reads them as they come. */
const EDIT_NODE = {
  Organisation: graphql(`query EditOrganisation($id: ID!) { node: organisation(id: $id) {
    ...EditCommon type subtype validFrom validTo odsCode charityNumber companyNumber giving360Id } }`),
  Directorate: graphql(`query EditDirectorate($id: ID!) { node: directorate(id: $id) { ...EditCommon kind } }`),
  Partnership: graphql(
    `query EditPartnership($id: ID!) { node: partnership(id: $id) { ...EditCommon kind validFrom validTo } }`,
  ),
  Initiative: graphql(`query EditInitiative($id: ID!) { node: initiative(id: $id) {
    ...EditCommon kind frameworkElements preventionTier status startDate endDate funding benefitExpected } }`),
  TargetGroup: graphql(`query EditTargetGroup($id: ID!) { node: targetGroup(id: $id) { ...EditCommon kind } }`),
  Place: graphql(`query EditPlace($id: ID!) { node: place(id: $id) { ...EditCommon kind code } }`),
} satisfies Record<EditLabel, unknown>;
const CREATE_NODE = {
  Organisation: graphql(
    `mutation CreateOrganisation($input: OrganisationInput!, $reason: String) { node: createOrganisation(input: $input, reason: $reason) { id version } }`,
  ),
  Directorate: graphql(
    `mutation CreateDirectorate($input: DirectorateInput!, $reason: String) { node: createDirectorate(input: $input, reason: $reason) { id version } }`,
  ),
  Partnership: graphql(
    `mutation CreatePartnership($input: PartnershipInput!, $reason: String) { node: createPartnership(input: $input, reason: $reason) { id version } }`,
  ),
  Initiative: graphql(
    `mutation CreateInitiative($input: InitiativeInput!, $reason: String) { node: createInitiative(input: $input, reason: $reason) { id version } }`,
  ),
  TargetGroup: graphql(
    `mutation CreateTargetGroup($input: TargetGroupInput!, $reason: String) { node: createTargetGroup(input: $input, reason: $reason) { id version } }`,
  ),
  Place: graphql(
    `mutation CreatePlace($input: PlaceInput!, $reason: String) { node: createPlace(input: $input, reason: $reason) { id version } }`,
  ),
} satisfies Record<EditLabel, unknown>;
const UPDATE_NODE = {
  Organisation:
    graphql(`mutation UpdateOrganisation($id: ID!, $input: OrganisationUpdate!, $expectedVersion: Int, $reason: String) {
    node: updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }`),
  Directorate:
    graphql(`mutation UpdateDirectorate($id: ID!, $input: DirectorateUpdate!, $expectedVersion: Int, $reason: String) {
    node: updateDirectorate(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }`),
  Partnership:
    graphql(`mutation UpdatePartnership($id: ID!, $input: PartnershipUpdate!, $expectedVersion: Int, $reason: String) {
    node: updatePartnership(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }`),
  Initiative:
    graphql(`mutation UpdateInitiative($id: ID!, $input: InitiativeUpdate!, $expectedVersion: Int, $reason: String) {
    node: updateInitiative(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }`),
  TargetGroup:
    graphql(`mutation UpdateTargetGroup($id: ID!, $input: TargetGroupUpdate!, $expectedVersion: Int, $reason: String) {
    node: updateTargetGroup(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }`),
  Place: graphql(`mutation UpdatePlace($id: ID!, $input: PlaceUpdate!, $expectedVersion: Int, $reason: String) {
    node: updatePlace(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }`),
} satisfies Record<EditLabel, unknown>;
const CreateLinkMutation = graphql(
  `mutation CreateLink($input: LinkInput!, $reason: String) { createLink(input: $input, reason: $reason) { ...LinkDetail } }`,
);
const UpdateLinkMutation =
  graphql(`mutation UpdateLink($id: ID!, $input: LinkUpdate!, $expectedVersion: Int, $reason: String) {
  updateLink(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { ...LinkDetail }
}`);

/**
 * The forms are data (model/forms.ts): their values are keyed by field name, not typed per label, and the API
 * checks every input. So the per-label documents are used through one shape here.
 */
type FormInput = Record<string, unknown>;
type EditableNode = EditCommonFragment & FormInput;
const editNodeQuery = (l: EditLabel) =>
  EDIT_NODE[l] as unknown as TypedDocumentString<{ node: EditableNode | null }, { id: string }>;
type Saved = { node: { id: string; version: number } };
const createNodeDoc = (l: EditLabel) =>
  CREATE_NODE[l] as unknown as TypedDocumentString<Saved, { input: FormInput; reason: string | null }>;
const updateNodeDoc = (l: EditLabel) =>
  UPDATE_NODE[l] as unknown as TypedDocumentString<
    Saved,
    { id: string; input: FormInput; expectedVersion: number; reason: string | null }
  >;

function Chooser({ navigate }: { navigate: Props['navigate'] }) {
  const [pick, setPick] = useState<Ref | null>(null);
  return (
    <>
      <h1>Add or edit</h1>
      <section aria-labelledby="add-h">
        <h2 id="add-h">Add</h2>
        <ul className="add-list">
          {EDIT_LABELS.map((l) => (
            <li key={l}>
              <button type="button" onClick={() => navigate(editNew(l))}>
                A new {LABEL_NAME[l].toLowerCase()}
              </button>
            </li>
          ))}
          <li>
            <button type="button" onClick={() => navigate(newLink(null))}>
              A new link (lever, membership, delivery…)
            </button>
          </li>
        </ul>
      </section>
      <section aria-labelledby="change-h">
        <h2 id="change-h">Change</h2>
        <EntityPicker
          label="A node to change"
          types={EDIT_LABELS}
          value={pick}
          onChange={(r) => {
            setPick(r);
            if (r) navigate(editNode(r.id));
          }}
          hint="To change a link, select it in the explorer and press “Edit this link”."
        />
      </section>
    </>
  );
}

function afterSave(navigate: Props['navigate'], id: string, sel?: string) {
  window.setTimeout(() => navigate({ ...explore(id), selected: sel ?? null }), 600);
}

function NodeEdit({
  label,
  id,
  sources,
  navigate,
}: {
  label: EditLabel;
  id: string | null;
  sources: Source[];
  navigate: Props['navigate'];
}) {
  const fields = NODE_FIELDS[label];
  // Read afresh each time the form opens (gcTime 0): the version it starts from must be the latest.
  const existing = useGql(editNodeQuery(label), id ? { id } : null, { gcTime: 0 });
  if (id && existing.isPending) return <Loading what="the node" />;
  if (existing.isError) return <ErrorNote error={existing.error} what="the node" />;
  const node = existing.data?.node ?? null;
  if (id && !node) return <Empty>Nothing with the id “{id}” is in the graph.</Empty>;
  const initial = formValues(fields, node, node?.evidence ?? []);
  return (
    <EditForm
      key={node ? `${node.id}` : 'new'}
      fields={fields}
      initial={initial}
      version={node?.version ?? null}
      sources={sources}
      submitLabel={node ? 'Save changes' : `Add the ${LABEL_NAME[label].toLowerCase()}`}
      reload={
        id
          ? async () => {
              const n = (await gql(editNodeQuery(label), { id })).node;
              if (!n) throw new Error('It was deleted meanwhile.');
              return { values: formValues(fields, n, n.evidence), version: n.version };
            }
          : undefined
      }
      submit={async ({ values, start, version, reason }) => {
        if (!node) {
          const r = (await gql(createNodeDoc(label), { input: createInput(fields, values), reason })).node;
          afterSave(navigate, r.id);
          return { message: `Added. Opening it in the explorer…` };
        }
        const patch = updatePatch(fields, start, values);
        if (!Object.keys(patch).length) return { message: 'Nothing to save: no field was changed.' };
        const r = (await gql(updateNodeDoc(label), { id: node.id, input: patch, expectedVersion: version!, reason }))
          .node;
        afterSave(navigate, r.id);
        return { message: `Saved as version ${r.version}. Opening it in the explorer…` };
      }}
    />
  );
}

function LinkEdit({
  id,
  from,
  sources,
  navigate,
}: {
  id: string | null;
  from: string | null;
  sources: Source[];
  navigate: Props['navigate'];
}) {
  const existing = useGql(EditLinkQuery, id ? { id } : null, { gcTime: 0 });
  const fromNode = useGql(NodeLabelQuery, !id && from ? { id: from } : null);
  const [type, setType] = useState<LinkType>('LEVER');
  const [picks, setPicks] = useState<Record<string, Ref | null>>({});
  const link: Link | null = existing.data?.link ?? null;
  // A new link from a node: that node fills "From", and only the kinds of link it can start are offered.
  const f = fromNode.data?.entity;
  const fromRef: Ref | null = f ? { id: f.id, name: f.name, type: f.label, placeholder: f.placeholder } : null;
  const chosen: Record<string, Ref | null> = 'from' in picks ? picks : { ...picks, from: fromRef };
  const allowedFrom = (t: LinkType) =>
    !chosen.from || (LINK_RULES[t].from as readonly NodeLabel[]).includes(chosen.from.type);
  const lt = link?.type ?? (allowedFrom(type) ? type : (LINK_TYPES.find(allowedFrom) ?? type));
  const fields = useMemo(() => linkFields(lt, !!link), [lt, link]);

  if (id && existing.isPending) return <Loading what="the link" />;
  if (existing.isError) return <ErrorNote error={existing.error} what="the link" />;
  if (id && !link) return <Empty>No link with the id “{id}” exists.</Empty>;
  if (!id && from && fromNode.isPending) return <Loading what="the node the link starts from" />;

  const initial = link
    ? formValues(fields, link, link.evidence)
    : formValues(fields, { from: fromRef?.id ?? '', confidence: 'STATED', stance: 'ENABLES' });
  return (
    <>
      {link && (
        <p className="link-head">
          <strong>{link.from.name}</strong>{' '}
          {link.type === 'LEVER' && link.lever ? `${LEVER_STYLE[link.lever].name} lever into` : LINK_NAME[link.type]}{' '}
          <strong>{link.to.name}</strong> <ClaimBadge status={link.claimStatus} />
        </p>
      )}
      <EditForm
        key={link ? link.id : 'new'}
        fields={fields}
        initial={initial}
        version={link?.version ?? null}
        sources={sources}
        submitLabel={link ? 'Save changes' : 'Add the link'}
        picks={chosen}
        onPick={(k, r) => setPicks((p) => ({ ...p, [k]: r }))}
        reload={
          id
            ? async () => {
                const l = (await gql(EditLinkQuery, { id })).link;
                if (!l) throw new Error('It was deleted meanwhile.');
                return { values: formValues(fields, l, l.evidence), version: l.version };
              }
            : undefined
        }
        submit={async ({ values, start, version, reason }) => {
          if (!link) {
            const l = (
              await gql(CreateLinkMutation, {
                input: { ...createInput(fields, values), type: lt } as unknown as LinkInput,
                reason,
              })
            ).createLink;
            afterSave(navigate, l.from.id, l.id);
            return {
              message: `Added as ${l.claimStatus === 'UNVERIFIED' ? 'an unverified claim: a verifier will check it' : 'a verified link'}. Opening it in the explorer…`,
            };
          }
          const patch = updatePatch(fields, start, values);
          if (!Object.keys(patch).length) return { message: 'Nothing to save: no field was changed.' };
          const l = (
            await gql(UpdateLinkMutation, {
              id: link.id,
              input: patch as LinkUpdate,
              expectedVersion: version!,
              reason,
            })
          ).updateLink;
          afterSave(navigate, l.from.id, l.id);
          return { message: `Saved as version ${l.version}. Opening it in the explorer…` };
        }}
      >
        {!link && (
          <div className="field block">
            <label htmlFor="link-type">Kind of link</label>
            <select id="link-type" value={lt} onChange={(e) => setType(e.target.value as LinkType)}>
              {LINK_TYPES.filter(allowedFrom).map((t) => (
                <option key={t} value={t}>
                  {t === 'LEVER' ? 'Lever (backs or opposes an initiative)' : humanise(LINK_NAME[t])}
                </option>
              ))}
            </select>
            <span className="hint">
              From {LINK_RULES[lt].from.map((l) => LABEL_NAME[l].toLowerCase()).join(' or ')} to{' '}
              {LINK_RULES[lt].to.map((l) => LABEL_NAME[l].toLowerCase()).join(' or ')}.
            </span>
          </div>
        )}
      </EditForm>
    </>
  );
}

export function EditPage({ path, from, navigate }: Props) {
  const { user, known } = useSession();
  const src = useGql(SourcesQuery, {}, { staleTime: 5 * 60_000 });
  const [kind, rest] = useMemo(() => {
    const p = path ?? '';
    const i = p.indexOf('/');
    return i < 0 ? [p, ''] : [p.slice(0, i), decodeURIComponent(p.slice(i + 1))];
  }, [path]);
  const nodeLabel = useGql(NodeLabelQuery, kind === 'node' && rest ? { id: rest } : null, { gcTime: 0 });
  useEffect(() => {
    document.title = 'Add or edit · Levermap';
  }, []);

  let body: ReactNode;
  if (!known) body = <Loading what="your account" />;
  else if (!can(user, 'CONTRIBUTOR')) {
    body = (
      <div className="status unavailable" role="note" data-testid="need-role">
        <strong>{user ? `Your role (${user.role.toLowerCase()}) cannot edit.` : 'Sign in to edit.'}</strong> Adding and
        changing nodes and links needs the contributor role or above.
      </div>
    );
  } else if (src.isPending) body = <Loading what="the sources" />;
  else if (src.isError) body = <ErrorNote error={src.error} what="the sources" />;
  else if (!kind) body = <Chooser navigate={navigate} />;
  else if (kind === 'new' && (EDIT_LABELS as string[]).includes(rest)) {
    body = (
      <>
        <h1>Add {article(LABEL_NAME[rest as EditLabel].toLowerCase())}</h1>
        <NodeEdit label={rest as EditLabel} id={null} sources={src.data.sources} navigate={navigate} />
      </>
    );
  } else if (kind === 'node') {
    const n = nodeLabel.data?.entity;
    if (nodeLabel.isPending) body = <Loading what="the node" />;
    else if (nodeLabel.isError) body = <ErrorNote error={nodeLabel.error} what="the node" />;
    else if (!n || !(EDIT_LABELS as string[]).includes(n.label))
      body = <Empty>Nothing with the id “{rest}” can be edited here.</Empty>;
    else
      body = (
        <>
          <h1>
            Change {LABEL_NAME[n.label].toLowerCase()}: {n.name}
          </h1>
          <NodeEdit label={n.label as EditLabel} id={rest} sources={src.data.sources} navigate={navigate} />
        </>
      );
  } else if (kind === 'link') {
    body = (
      <>
        <h1>{rest === 'new' ? 'Add a link' : 'Change a link'}</h1>
        <LinkEdit id={rest === 'new' ? null : rest} from={from} sources={src.data.sources} navigate={navigate} />
      </>
    );
  } else
    body = (
      <Empty>
        Unknown edit page.{' '}
        <button type="button" className="link" onClick={() => navigate({ ...HOME, page: 'edit' })}>
          Start again
        </button>
      </Empty>
    );

  return (
    <main id="main" className="page narrow edit">
      {body}
    </main>
  );
}
