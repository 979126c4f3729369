import { CONFIDENCE, FRAMEWORK_ELEMENT, ORGANISATION_TYPE, STANCE } from '../../../model/vocabulary.js';
import { graphql } from '../gql/index.js';
import type {
  FacetsQuery as FacetsData,
  InitiativeFacetsQuery as InitiativeFacetsData,
  OrganisationType,
} from '../gql/graphql.js';
import { NO_FILTERS, type Facets, type Filters } from '../model/graph.js';
import {
  CONFIDENCES,
  ELEMENTS,
  LEVERS,
  LEVER_STYLE,
  ORG_TYPES,
  STANCES,
  type FrameworkElement,
} from '../model/vocabulary.js';

/**
 * What the filters need to know about nodes that the neighbourhood does not carry: types, elements, places.
 * Two operations, so each stays within a production server's cost limit (model/query-limits.ts).
 */
export const FacetsQuery = graphql(`query Facets {
  orgs: entities(type: Organisation, first: 500) { nodes { id ... on Organisation { type } links(types: [WORKS_IN]) { to { id } } } }
  dirs: entities(type: Directorate, first: 500) { nodes { id links(types: [WORKS_IN]) { to { id } } } }
  parts: entities(type: Partnership, first: 500) { nodes { id links(types: [WORKS_IN]) { to { id } } } }
  places: entities(type: Place, first: 500) { nodes { id name } }
}`);
export const InitiativeFacetsQuery = graphql(`query InitiativeFacets {
  inis: initiatives(first: 500) { edges { node { id frameworkElements links(types: [LOCATED_IN]) { to { id } } } } }
}`);

export function toFacets(d: FacetsData & InitiativeFacetsData): Facets {
  const orgType = new Map<string, OrganisationType>();
  const places = new Map<string, string[]>();
  for (const n of d.orgs.nodes) if ('type' in n) orgType.set(n.id, n.type);
  for (const n of [...d.orgs.nodes, ...d.dirs.nodes, ...d.parts.nodes]) {
    places.set(
      n.id,
      n.links.map((l) => l.to.id),
    );
  }
  const elements = new Map<string, FrameworkElement[]>();
  for (const { node } of d.inis.edges) {
    elements.set(node.id, node.frameworkElements);
    places.set(
      node.id,
      node.links.map((l) => l.to.id),
    );
  }
  return { orgType, elements, places, placeNames: d.places.nodes };
}

function Checks<T extends string>({
  legend,
  values,
  chosen,
  name,
  onChange,
}: {
  legend: string;
  values: readonly T[];
  chosen: T[];
  name(v: T): string;
  onChange(v: T[]): void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(v)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, v] : chosen.filter((c) => c !== v))}
          />
          {name(v)}
        </label>
      ))}
    </fieldset>
  );
}

export function FilterPanel({
  filters,
  facets,
  onChange,
}: {
  filters: Filters;
  facets: Facets | null;
  onChange(f: Filters): void;
}) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const active = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  return (
    <details className="filters" open={active}>
      <summary>Filters{active ? ' (on)' : ''}</summary>
      <p className="hint">Empty means all. Nodes left unconnected by a filter are hidden too.</p>
      <label className="check unverified-filter">
        <input
          type="checkbox"
          checked={filters.hideUnverified}
          onChange={(e) => set({ hideUnverified: e.target.checked })}
        />
        Hide unverified links <span className="muted">(and rejected claims)</span>
      </label>
      <Checks
        legend="Lever"
        values={LEVERS}
        chosen={filters.levers}
        name={(l) => LEVER_STYLE[l].name}
        onChange={(levers) => set({ levers })}
      />
      <Checks
        legend="Stance"
        values={STANCES}
        chosen={filters.stances}
        name={(s) => STANCE[s].label}
        onChange={(stances) => set({ stances })}
      />
      <Checks
        legend="Confidence"
        values={CONFIDENCES}
        chosen={filters.confidences}
        name={(c) => CONFIDENCE[c].label}
        onChange={(confidences) => set({ confidences })}
      />
      <details>
        <summary>Organisation type{filters.orgTypes.length ? ` (${filters.orgTypes.length})` : ''}</summary>
        <Checks
          legend="Organisation type"
          values={ORG_TYPES}
          chosen={filters.orgTypes}
          name={(t) => ORGANISATION_TYPE[t].label}
          onChange={(orgTypes) => set({ orgTypes })}
        />
      </details>
      <label className="field">
        Place
        <select value={filters.place ?? ''} onChange={(e) => set({ place: e.target.value || null })} disabled={!facets}>
          <option value="">Any place</option>
          {(facets?.placeNames ?? [])
            .slice()
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
      </label>
      <label className="field">
        Framework element
        <select
          value={filters.element ?? ''}
          onChange={(e) => set({ element: (e.target.value || null) as FrameworkElement | null })}
        >
          <option value="">Any element</option>
          {ELEMENTS.map((el) => (
            <option key={el} value={el}>
              {FRAMEWORK_ELEMENT[el].label}
            </option>
          ))}
        </select>
      </label>
      {active && (
        <button type="button" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </details>
  );
}
