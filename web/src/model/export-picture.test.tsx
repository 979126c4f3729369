// @vitest-environment jsdom
/** The exported SVG picture: each label once, and a frame with the title, the date, the legend and the source. */
import { describe, expect, it } from 'vitest';
import { framedSvg, pictureFrame } from './export.js';

// The shape cytoscape-svg writes: each label as a painted text and a stroke-only twin at the same place.
const CYTOSCAPE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><g transform="translate(10,10)">
<rect x="0" y="0" width="60" height="20" fill="#fff"/>
<text x="30" y="12" fill="#1c1917">Gateshead Council</text><text x="30" y="12" fill="none" stroke="none">Gateshead Council</text>
<text x="30" y="80" fill="#1c1917">Live Well Gateshead</text><text x="30" y="80" fill="none">Live Well Gateshead</text>
<text x="200" y="80" fill="#1c1917">Gateshead Council</text>
</g></svg>`;

const parse = (s: string) => new DOMParser().parseFromString(s, 'image/svg+xml');
const texts = (d: Document) => [...d.getElementsByTagName('text')].map((t) => t.textContent);

describe('framedSvg', () => {
  const frame = pictureFrame('Live Well Gateshead', 'http://localhost/explore?id=x', new Date('2026-05-04T10:00:00Z'));
  const out = parse(framedSvg(CYTOSCAPE_SVG, frame));

  it('writes each label once at each place it is drawn', () => {
    const labels = texts(out);
    expect(labels.filter((t) => t === 'Live Well Gateshead')).toHaveLength(1);
    // Two nodes of the same name at two places are two labels, not a doubled one.
    expect(labels.filter((t) => t === 'Gateshead Council')).toHaveLength(2);
    expect([...out.getElementsByTagName('text')].some((t) => t.getAttribute('fill') === 'none')).toBe(false);
  });

  it('has a title, the date, a legend of every lever and a source line', () => {
    const labels = texts(out);
    expect(labels).toContain('Live Well Gateshead: its links in Levermap');
    expect(out.getElementsByTagName('title')[0]?.textContent).toBe('Live Well Gateshead: its links in Levermap');
    expect(labels).toContain('Made on 2026-05-04');
    expect(labels).toContain('Legend');
    for (const lever of ['Downward', 'Sideward', 'Upward'])
      expect(labels.some((t) => t?.startsWith(`${lever} lever`))).toBe(true);
    expect(labels.some((t) => t?.startsWith('Source: Levermap') && t.includes('http://localhost/explore?id=x'))).toBe(
      true,
    );
  });

  it('keeps the graph whole below the title, and grows the picture to hold the frame', () => {
    const root = out.documentElement;
    const inner = root.getElementsByTagName('svg')[0]!;
    expect(inner.getAttribute('y')).toBe('64');
    expect(inner.getElementsByTagName('rect')).toHaveLength(1);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(300 + 64);
    expect(Number(root.getAttribute('width'))).toBeGreaterThanOrEqual(400);
  });

  it('refuses what is not an SVG', () => {
    expect(() => framedSvg('<html><body>no</body></html>', frame)).toThrow(/SVG/);
  });
});
