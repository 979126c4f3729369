/**
 * Add and change nodes and links (issue 6 section 3). /edit chooses; /edit/new/LABEL and /edit/node/ID edit a
 * node; /edit/link/new?from=ID and /edit/link/ID a link. Contributors and above; the API checks the role again.
 */
import { useEffect, useMemo, useState } from 'react';
import { createLink, createNode, linkForEdit, nodeForEdit, updateLink, updateNode } from '../api/edit.js';
import { sources as loadSources } from '../api/queries.js';
import type { EditableLink, LinkType, NodeLabel, Ref, Source } from '../api/types.js';
import { EditForm } from '../components/EditForm.js';
import { EntityPicker } from '../components/EntityPicker.js';
import { ClaimBadge } from '../components/EvidencePanel.js';
import { can, useSession } from '../components/session.js';
import { Empty, ErrorNote, Loading } from '../components/Status.js';
import { useAsync } from '../components/useAsync.js';
import { createInput, EDIT_LABELS, formValues, LINK_RULES, LINK_TYPES, linkFields, NODE_FIELDS, updatePatch, type EditLabel } from '../model/forms.js';
import { HOME, editNew, editNode, explore, newLink, type ViewState } from '../model/url.js';
import { LABEL_NAME, LINK_NAME, humanise } from '../model/vocabulary.js';

interface Props { path: string | null; from: string | null; navigate(v: ViewState, replace?: boolean): void; open(id: string): void }

let sourcesPromise: Promise<Source[]> | null = null;
const getSources = () => (sourcesPromise ??= loadSources().catch((e: unknown) => { sourcesPromise = null; throw e; }));

function Chooser({ navigate }: { navigate: Props['navigate'] }) {
  const [pick, setPick] = useState<Ref | null>(null);
  return (
    <>
      <h1>Add or edit</h1>
      <section aria-labelledby="add-h">
        <h2 id="add-h">Add</h2>
        <ul className="add-list">
          {EDIT_LABELS.map((l) => <li key={l}><button type="button" onClick={() => navigate(editNew(l))}>A new {LABEL_NAME[l].toLowerCase()}</button></li>)}
          <li><button type="button" onClick={() => navigate(newLink(null))}>A new link (lever, membership, delivery…)</button></li>
        </ul>
      </section>
      <section aria-labelledby="change-h">
        <h2 id="change-h">Change</h2>
        <EntityPicker label="A node to change" types={EDIT_LABELS} value={pick} onChange={(r) => { setPick(r); if (r) navigate(editNode(r.id)); }}
          hint="To change a link, select it in the explorer and press “Edit this link”." />
      </section>
    </>
  );
}

function afterSave(navigate: Props['navigate'], id: string, sel?: string) {
  window.setTimeout(() => navigate({ ...explore(id), selected: sel ?? null }), 600);
}

function NodeEdit({ label, id, sources, navigate }: { label: EditLabel; id: string | null; sources: Source[]; navigate: Props['navigate'] }) {
  const fields = NODE_FIELDS[label];
  const existing = useAsync(id ?? 'new', (s) => (id ? nodeForEdit(id, s) : Promise.resolve(null)));
  if (id && existing.state === 'loading') return <Loading what="the node" />;
  if (existing.state === 'error') return <ErrorNote error={existing.error} what="the node" />;
  const node = existing.state === 'done' ? existing.data : null;
  if (id && !node) return <Empty>Nothing with the id “{id}” is in the graph.</Empty>;
  const initial = formValues(fields, node?.values ?? null, node?.evidence ?? []);
  return (
    <EditForm
      key={node ? `${node.id}` : 'new'} fields={fields} initial={initial} version={node?.version ?? null} sources={sources}
      submitLabel={node ? 'Save changes' : `Add the ${LABEL_NAME[label].toLowerCase()}`}
      reload={id ? async () => {
        const n = await nodeForEdit(id);
        if (!n) throw new Error('It was deleted meanwhile.');
        return { values: formValues(fields, n.values, n.evidence), version: n.version };
      } : undefined}
      submit={async ({ values, start, version, reason }) => {
        if (!node) {
          const r = await createNode(label, createInput(fields, values), reason);
          afterSave(navigate, r.id);
          return { message: `Added. Opening it in the explorer…` };
        }
        const patch = updatePatch(fields, start, values);
        if (!Object.keys(patch).length) return { message: 'Nothing to save: no field was changed.' };
        const r = await updateNode(label, node.id, patch, version!, reason);
        afterSave(navigate, r.id);
        return { message: `Saved as version ${r.version}. Opening it in the explorer…` };
      }}
    />
  );
}

function LinkEdit({ id, from, sources, navigate }: { id: string | null; from: string | null; sources: Source[]; navigate: Props['navigate'] }) {
  const existing = useAsync(id ?? 'new', (s) => (id ? linkForEdit(id, s) : Promise.resolve(null)));
  const fromNode = useAsync(!id && from ? from : null, (s) => nodeForEdit(from!, s));
  const [type, setType] = useState<LinkType>('LEVER');
  const [picks, setPicks] = useState<Record<string, Ref | null>>({});
  const link: EditableLink | null = existing.state === 'done' ? existing.data : null;
  // A new link from a node: that node fills "From", and only the kinds of link it can start are offered.
  const fromRef: Ref | null = fromNode.state === 'done' && fromNode.data ? { id: fromNode.data.id, name: String(fromNode.data.values.name), type: fromNode.data.label, placeholder: fromNode.data.values.placeholder === true } : null;
  const chosen: Record<string, Ref | null> = 'from' in picks ? picks : { ...picks, from: fromRef };
  const allowedFrom = (t: LinkType) => !chosen.from || (LINK_RULES[t].from as readonly NodeLabel[]).includes(chosen.from.type);
  const lt = link?.type ?? (allowedFrom(type) ? type : LINK_TYPES.find(allowedFrom) ?? type);
  const fields = useMemo(() => linkFields(lt, !!link), [lt, link]);


  if (id && existing.state === 'loading') return <Loading what="the link" />;
  if (existing.state === 'error') return <ErrorNote error={existing.error} what="the link" />;
  if (id && !link) return <Empty>No link with the id “{id}” exists.</Empty>;
  if (!id && from && fromNode.state === 'loading') return <Loading what="the node the link starts from" />;

  const initial = link
    ? formValues(fields, link as unknown as Record<string, unknown>, link.evidence)
    : formValues(fields, { from: fromRef?.id ?? '', confidence: 'STATED', stance: 'ENABLES' });
  return (
    <>
      {link && (
        <p className="link-head">
          <strong>{link.from.name}</strong> {link.type === 'LEVER' ? `${humanise(link.lever ?? '')} lever into` : LINK_NAME[link.type]} <strong>{link.to.name}</strong>{' '}
          <ClaimBadge status={link.claimStatus} />
        </p>
      )}
      <EditForm
        key={link ? link.id : 'new'} fields={fields} initial={initial} version={link?.version ?? null} sources={sources}
        submitLabel={link ? 'Save changes' : 'Add the link'} picks={chosen} onPick={(k, r) => setPicks((p) => ({ ...p, [k]: r }))}
        reload={id ? async () => {
          const l = await linkForEdit(id);
          if (!l) throw new Error('It was deleted meanwhile.');
          return { values: formValues(fields, l as unknown as Record<string, unknown>, l.evidence), version: l.version };
        } : undefined}
        submit={async ({ values, start, version, reason }) => {
          if (!link) {
            const l = await createLink({ ...createInput(fields, values), type: lt }, reason);
            afterSave(navigate, l.from.id, l.id);
            return { message: `Added as ${l.claimStatus === 'UNVERIFIED' ? 'an unverified claim: a verifier will check it' : 'a verified link'}. Opening it in the explorer…` };
          }
          const patch = updatePatch(fields, start, values);
          if (!Object.keys(patch).length) return { message: 'Nothing to save: no field was changed.' };
          const l = await updateLink(link.id, patch, version!, reason);
          afterSave(navigate, l.from.id, l.id);
          return { message: `Saved as version ${l.version}. Opening it in the explorer…` };
        }}
      >
        {!link && (
          <div className="field block">
            <label htmlFor="link-type">Kind of link</label>
            <select id="link-type" value={lt} onChange={(e) => setType(e.target.value as LinkType)}>
              {LINK_TYPES.filter(allowedFrom).map((t) => <option key={t} value={t}>{t === 'LEVER' ? 'Lever (backs or opposes an initiative)' : humanise(LINK_NAME[t])}</option>)}
            </select>
            <span className="hint">From {LINK_RULES[lt].from.map((l) => LABEL_NAME[l].toLowerCase()).join(' or ')} to {LINK_RULES[lt].to.map((l) => LABEL_NAME[l].toLowerCase()).join(' or ')}.</span>
          </div>
        )}
      </EditForm>
    </>
  );
}

export function EditPage({ path, from, navigate }: Props) {
  const { user, known } = useSession();
  const src = useAsync('sources', () => getSources());
  const [kind, rest] = useMemo(() => {
    const p = path ?? '';
    const i = p.indexOf('/');
    return i < 0 ? [p, ''] : [p.slice(0, i), decodeURIComponent(p.slice(i + 1))];
  }, [path]);
  const nodeLabel = useAsync(kind === 'node' && rest ? rest : null, (s) => nodeForEdit(rest, s));
  useEffect(() => { document.title = 'Add or edit · Levermap'; }, []);

  let body;
  if (!known) body = <Loading what="your account" />;
  else if (!can(user, 'CONTRIBUTOR')) {
    body = (
      <div className="status unavailable" role="note" data-testid="need-role">
        <strong>{user ? `Your role (${user.role.toLowerCase()}) cannot edit.` : 'Sign in to edit.'}</strong> Adding and changing nodes and links needs the contributor role or above.
      </div>
    );
  } else if (src.state === 'loading') body = <Loading what="the sources" />;
  else if (src.state === 'error') body = <ErrorNote error={src.error} what="the sources" />;
  else if (!kind) body = <Chooser navigate={navigate} />;
  else if (kind === 'new' && (EDIT_LABELS as string[]).includes(rest)) {
    body = <><h1>Add a {LABEL_NAME[rest as EditLabel].toLowerCase()}</h1><NodeEdit label={rest as EditLabel} id={null} sources={src.data} navigate={navigate} /></>;
  } else if (kind === 'node') {
    if (nodeLabel.state === 'loading') body = <Loading what="the node" />;
    else if (nodeLabel.state === 'error') body = <ErrorNote error={nodeLabel.error} what="the node" />;
    else if (!nodeLabel.data || !(EDIT_LABELS as string[]).includes(nodeLabel.data.label)) body = <Empty>Nothing with the id “{rest}” can be edited here.</Empty>;
    else body = <><h1>Change {LABEL_NAME[nodeLabel.data.label].toLowerCase()}: {String(nodeLabel.data.values.name)}</h1><NodeEdit label={nodeLabel.data.label as EditLabel} id={rest} sources={src.data} navigate={navigate} /></>;
  } else if (kind === 'link') {
    body = <><h1>{rest === 'new' ? 'Add a link' : 'Change a link'}</h1><LinkEdit id={rest === 'new' ? null : rest} from={from} sources={src.data} navigate={navigate} /></>;
  } else body = <Empty>Unknown edit page. <button type="button" className="link" onClick={() => navigate({ ...HOME, page: 'edit' })}>Start again</button></Empty>;

  return <main id="main" className="page narrow edit">{body}</main>;
}
