/** Which initiatives depend on one backer alone for a lever, from the backers the API lists (links valid today). */
import type { Lever } from './vocabulary.js';

export interface BackerLite {
  lever: Lever;
  stance: 'ENABLES' | 'OPPOSES';
  validTo?: string | null;
  backer: { id: string; name: string };
}
export interface Dependence {
  backer: { id: string; name: string };
  items: { initiative: { id: string; name: string }; levers: Lever[] }[];
}

export function soleBackers(
  inis: { id: string; name: string; backers: BackerLite[] }[],
  today = new Date().toISOString().slice(0, 10),
): Dependence[] {
  const by = new Map<string, Dependence>();
  for (const ini of inis) {
    const live = ini.backers.filter(
      (b) => b.stance === 'ENABLES' && (!b.validTo || b.validTo >= today.slice(0, b.validTo.length)),
    );
    const perLever = new Map<Lever, Map<string, string>>();
    for (const b of live) {
      const m = perLever.get(b.lever) ?? new Map<string, string>();
      m.set(b.backer.id, b.backer.name);
      perLever.set(b.lever, m);
    }
    for (const [lever, m] of perLever) {
      if (m.size !== 1) continue;
      const [[bid, bname]] = [...m] as [[string, string]];
      const dep = by.get(bid) ?? { backer: { id: bid, name: bname }, items: [] };
      const item = dep.items.find((i) => i.initiative.id === ini.id);
      if (item) item.levers.push(lever);
      else dep.items.push({ initiative: { id: ini.id, name: ini.name }, levers: [lever] });
      by.set(bid, dep);
    }
  }
  return [...by.values()].sort((a, b) => b.items.length - a.items.length || a.backer.name.localeCompare(b.backer.name));
}
