/**
 * Runs a synchronous piece of work with Math.random replaced by a generator seeded from a string, so a layout
 * that draws random numbers (fcose's spectral start, Cytoscape's tie-breaks) gives the same positions each time
 * the same view opens: a shared link reopens exactly as it was seen.
 */
export function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Mulberry32: small, fast and well mixed; plenty for layout jitter. */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seeded<T>(key: string, work: () => T): T {
  const original = Math.random;
  Math.random = generator(seedOf(key));
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
