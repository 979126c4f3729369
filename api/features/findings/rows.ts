/** A stored Finding node read back as the GraphQL Finding: its flat properties and its decoded citations. */
import { decodeCitations } from '../../../model/citation.js';
import type { ClaimQuestion, FindingKind, Lever } from '../../../model/vocabulary.js';
import type { Citation } from '../../../model/citation.js';

const num = (v: unknown): number | null => (typeof v === 'number' ? v : v == null ? null : Number(v));
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export interface FindingRow {
  id: string;
  kind: FindingKind;
  text: string;
  about: string[];
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  period: string | null;
  population: string | null;
  checkQuestion: ClaimQuestion | null;
  checkLever: Lever | null;
  checkCount: number | null;
  evidence: Citation[];
}

export function toFinding(p: Record<string, unknown>): FindingRow {
  return {
    id: String(p.id),
    kind: p.kind as FindingKind,
    text: String(p.text),
    about: (p.about as string[] | undefined) ?? [],
    value: num(p.value),
    low: num(p.low),
    high: num(p.high),
    unit: str(p.unit),
    period: str(p.period),
    population: str(p.population),
    checkQuestion: (str(p.checkQuestion) as ClaimQuestion | null) ?? null,
    checkLever: (str(p.checkLever) as Lever | null) ?? null,
    checkCount: num(p.checkCount),
    evidence: decodeCitations(p),
  };
}
