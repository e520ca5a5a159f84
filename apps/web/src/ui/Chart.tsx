import * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { DataTable, type DataTableColumn } from './DataTable.tsx';

export interface ChartProps<Row> {
  /** Visible title of the chart; also its accessible name. */
  caption: string;
  /** Observable Plot options; `width` follows the container unless given. */
  options: Plot.PlotOptions;
  /** The data as a table: the text alternative offered below the chart. */
  summary: { columns: readonly DataTableColumn<Row>[]; rows: readonly Row[]; rowKey: (row: Row) => string };
}

/**
 * An Observable Plot chart rendered into a div (removed on unmount or when options change), with a
 * table of the same numbers for screen readers and anyone who prefers text.
 * @example <Chart caption="Countries per group" options={{ marks: [Plot.barY(rows, { x: 'group', y: 'n' })] }} summary={…} />
 */
export function Chart<Row>({ caption, options, summary }: ChartProps<Row>) {
  const intl = useIntl();
  const holder = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const observer = new ResizeObserver((entries) => setWidth(Math.floor(entries[0].contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = holder.current;
    if (!element || width === 0) return;
    const chart = Plot.plot({ width, ariaLabel: caption, ...options });
    element.append(chart);
    return () => chart.remove();
  }, [options, width, caption]);

  return (
    <figure className="chart">
      <figcaption className="chart-caption">{caption}</figcaption>
      {/* Plot lays out its axes left to right; in RTL pages the labels would otherwise anchor off-canvas. */}
      <div ref={holder} className="chart-plot" aria-hidden="true" dir="ltr" />
      <details className="chart-data">
        <summary>{intl.formatMessage({ id: 'common.chart.showData' })}</summary>
        <DataTable caption={caption} columns={summary.columns} rows={summary.rows} rowKey={summary.rowKey} />
      </details>
    </figure>
  );
}
