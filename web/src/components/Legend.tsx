import { GLOSSARY, LEVERS, LEVER_STYLE, OPPOSE_COLOUR } from '../model/vocabulary.js';

const Line = ({ colour, dash, tee }: { colour: string; dash: string; tee?: boolean }) => (
  <svg width="44" height="12" aria-hidden="true" focusable="false">
    <line x1="2" y1="6" x2={tee ? 36 : 34} y2="6" stroke={colour} strokeWidth="3" strokeDasharray={dash} />
    {tee ? (
      <line x1="38" y1="0" x2="38" y2="12" stroke={colour} strokeWidth="3" />
    ) : (
      <polygon points="34,1 43,6 34,11" fill={colour} />
    )}
  </svg>
);
const DASH = { solid: '', dashed: '7 4', dotted: '2 3' } as const;

/** Always on screen next to the graph; every mark it shows has a word next to it. */
export function Legend() {
  return (
    <section className="legend" aria-labelledby="legend-h">
      <h2 id="legend-h">Legend</h2>
      <ul>
        {LEVERS.map((l) => (
          <li key={l}>
            <Line colour={LEVER_STYLE[l].colour} dash={DASH[LEVER_STYLE[l].line]} />{' '}
            <span>
              <b>{LEVER_STYLE[l].name}</b> ({LEVER_STYLE[l].line}): {LEVER_STYLE[l].who}
            </span>
          </li>
        ))}
        <li>
          <Line colour={OPPOSE_COLOUR} dash="" tee />{' '}
          <span>
            <b>Opposes</b> (red, bar end, “✕ opposes”)
          </span>
        </li>
        <li>
          <Line colour="#57534e" dash="" /> <span>Other link (named on the line)</span>
        </li>
        <li>
          <span className="swatch unverified" aria-hidden="true" />{' '}
          <span>
            <b>Unverified</b>: a contributor's claim a verifier has not checked (yellow halo, “? unverified”)
          </span>
        </li>
        <li>
          <span className="swatch gap" aria-hidden="true" />{' '}
          <span>
            <b>Gap</b>: other levers recorded, none here
          </span>
        </li>
        <li>
          <span className="swatch unknown" aria-hidden="true" />{' '}
          <span>
            <b>Unknown</b>: no lever in the sources at all
          </span>
        </li>
        <li>
          <span className="swatch shapes" aria-hidden="true">
            ■ ● ⬢ ◆
          </span>{' '}
          <span>
            initiative, organisation, partnership, target group; dashed outline = unnamed placeholder; (+n) = more links
            not shown
          </span>
        </li>
      </ul>
      <details>
        <summary>Glossary</summary>
        <dl>
          {GLOSSARY.map((g) => (
            <div key={g.term}>
              <dt>{g.term}</dt>
              <dd>{g.meaning}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
