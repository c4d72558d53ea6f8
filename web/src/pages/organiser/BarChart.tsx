export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The value in words, written beside the bar ("3 waiting", "about 12 minutes"). */
  valueText: string;
}

interface Props {
  id: string;
  title: string;
  /** Where the same figures are as a table (its caption's id). */
  tableId: string;
  tableNote: string;
  bars: readonly Bar[];
  /** Solid bars or hatched ones: the two charts differ by more than colour. */
  fill: 'solid' | 'hatched';
}

const rowHeight = 34;
const labelWidth = 380;
const barArea = 300;
const valueWidth = 180;
const width = labelWidth + barArea + valueWidth;

/**
 * A horizontal bar chart in SVG: one row per booth, each bar's value written beside it, so
 * nothing is said by colour or length alone. Screen readers get the title and a pointer to the
 * table with the same figures; the drawing itself is hidden from them.
 */
export function BarChart({ id, title, tableId, tableNote, bars, fill }: Props) {
  const max = Math.max(1, ...bars.map(bar => bar.value));
  const height = Math.max(1, bars.length) * rowHeight + 8;
  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} class="chart__title">{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-note`}
        preserveAspectRatio="xMinYMin meet" class="chart__svg">
        <defs>
          <pattern id={`${id}-hatch`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="#7a4a00" stroke-width="5" />
          </pattern>
        </defs>
        {bars.map((bar, index) => {
          const y = index * rowHeight + 4;
          const barWidth = bar.value <= 0 ? 0 : Math.max(3, (bar.value / max) * (barArea - 8));
          return (
            <g key={bar.key} aria-hidden="true">
              <text x={labelWidth - 8} y={y + rowHeight / 2} text-anchor="end" dominant-baseline="middle" class="chart__label">
                <title>{bar.label}</title>
                {truncate(bar.label, 30)}
              </text>
              <rect x={labelWidth} y={y + 5} width={barWidth} height={rowHeight - 12}
                fill={fill === 'solid' ? '#0a50b5' : `url(#${id}-hatch)`} stroke={fill === 'solid' ? '#0a50b5' : '#7a4a00'} stroke-width="2" />
              <text x={labelWidth + barWidth + 8} y={y + rowHeight / 2} dominant-baseline="middle" class="chart__value">{bar.valueText}</text>
            </g>
          );
        })}
        <line x1={labelWidth} y1="0" x2={labelWidth} y2={height} stroke="#1b1b1f" stroke-width="2" aria-hidden="true" />
      </svg>
      <p id={`${id}-note`} class="hint"><a href={`#${tableId}`}>{tableNote}</a></p>
    </figure>
  );
}

function truncate(text: string, length: number): string {
  return [...text].length > length ? `${[...text].slice(0, length - 1).join('')}…` : text;
}
