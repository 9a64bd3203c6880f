import type { ReactNode } from 'react';

/** One bar: 0–1 of the track (`undefined`: nothing to draw) and the figure beside it. */
export type Bar = { fraction: number | undefined; value: string };

/** One row of the chart: a label and one bar per series. */
export type BarRow = { key: string; label: string; detail?: string; bars: Bar[] };

/**
 * Horizontal CSS bars (readable at 320 px with long names and large numbers). They are drawn for
 * the eye only (`aria-hidden`); `table` gives screen readers the same numbers as a real table.
 *
 * `inline`: the label sits left of the bars (months, weeks); `stacked`: above them (titles).
 */
export function BarChart({
  caption,
  rows,
  layout,
  legend,
  table,
}: {
  caption: string;
  rows: readonly BarRow[];
  layout: 'inline' | 'stacked';
  /** Series names, when a row has more than one bar. */
  legend?: readonly string[];
  table: ReactNode;
}) {
  return (
    <figure className="leader-figure">
      <figcaption className="leader-caption">{caption}</figcaption>
      {legend && (
        <ul className="leader-legend" aria-hidden="true">
          {legend.map((name, index) => (
            <li key={name}>
              <span className={`leader-swatch leader-series-${index}`} />
              {name}
            </li>
          ))}
        </ul>
      )}
      <div className={`leader-bars leader-bars--${layout}`} aria-hidden="true">
        {rows.map((row) => (
          <div className="leader-bar-row" key={row.key}>
            <span className="leader-bar-label">
              {row.label}
              {row.detail && <span className="leader-bar-detail">{row.detail}</span>}
            </span>
            <span className="leader-bar-set">
              {row.bars.map((bar, index) => (
                <span className="leader-bar" key={index}>
                  <span className="leader-bar-track">
                    <span
                      className={`leader-bar-fill leader-series-${index}`}
                      style={{ width: `${Math.round((bar.fraction ?? 0) * 1000) / 10}%` }}
                    />
                  </span>
                  <span className="leader-bar-value">{bar.value}</span>
                </span>
              ))}
            </span>
          </div>
        ))}
      </div>
      {table}
    </figure>
  );
}
