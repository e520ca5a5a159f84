import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';

export interface DataTableColumn<Row> {
  key: string;
  header: string;
  cell(row: Row): ReactNode;
  /** Makes the column sortable by this value. */
  sortValue?(row: Row): string | number;
  /** Numbers align to the end of the cell. */
  numeric?: boolean;
}

export interface DataTableProps<Row> {
  /** id of the `<table>` element (for in-page links and tests). */
  id?: string;
  caption: string;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  /** Shown in place of the rows when there are none. */
  empty?: ReactNode;
  /** Show this many rows at first, with a button for more (long registries); default: all. */
  pageSize?: number;
  /**
   * Sorting done by the caller (a server-side sort over every page): the current sort, and what a click on
   * a sortable header asks for. The rows are then shown in the order given.
   */
  sort?: { current: DataTableSort | null; onSort(next: DataTableSort): void };
}

export interface DataTableSort {
  key: string;
  descending: boolean;
}
type Sort = DataTableSort;

/**
 * An accessible data table: a caption, column headers with `scope`, sortable columns as buttons with
 * `aria-sort`, text compared in the UI language's collation.
 */
export function DataTable<Row>({
  id,
  caption,
  columns,
  rows,
  rowKey,
  empty,
  pageSize,
  sort: external,
}: DataTableProps<Row>) {
  const intl = useIntl();
  const [own, setOwn] = useState<Sort | null>(null);
  const sort = external ? external.current : own;
  const setSort = external ? external.onSort : setOwn;
  const [limit, setLimit] = useState(pageSize ?? Number.POSITIVE_INFINITY);
  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.key === sort.key);
    if (external || !sort || !column?.sortValue) return rows;
    const collator = new Intl.Collator(intl.locale, { numeric: true });
    const value = column.sortValue;
    const factor = sort.descending ? -1 : 1;
    return [...rows].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return order * factor;
    });
  }, [rows, columns, sort, intl.locale, external]);

  const overflowing = useOverflow();

  return (
    <>
      {overflowing.wide && (
        <p className="note scroll-hint" id={overflowing.hintId}>
          {intl.formatMessage({ id: 'common.table.scrollHint' })}
        </p>
      )}
      <div
        className="table-scroll"
        ref={overflowing.ref}
        // A table wider than the page scrolls within its frame: a labelled region the keyboard can reach.
        {...(overflowing.wide
          ? { tabIndex: 0, role: 'region', 'aria-label': caption, 'aria-describedby': overflowing.hintId }
          : {})}
      >
        <table id={id} className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort?.key === c.key;
                const ariaSort = active ? (sort.descending ? 'descending' : 'ascending') : undefined;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={ariaSort}
                    className={c.numeric ? 'numeric' : undefined}
                  >
                    {c.sortValue ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() => setSort({ key: c.key, descending: active ? !sort.descending : false })}
                      >
                        {c.header}
                        <span aria-hidden="true" className="sort-mark">
                          {active ? (sort.descending ? '▼' : '▲') : '↕'}
                        </span>
                      </button>
                    ) : (
                      c.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.slice(0, limit).map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => (
                  <td key={c.key} className={c.numeric ? 'numeric' : undefined}>
                    {isolated(c.cell(row))}
                  </td>
                ))}
              </tr>
            ))}
            {sorted.length === 0 && empty && (
              <tr>
                <td colSpan={columns.length}>{empty}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {sorted.length > limit && pageSize && (
        <p className="table-more">
          <span role="status">
            {intl.formatMessage({ id: 'common.table.showing' }, { shown: limit, total: sorted.length })}
          </span>{' '}
          <button type="button" onClick={() => setLimit(limit + pageSize)}>
            {intl.formatMessage(
              { id: 'common.table.more' },
              { count: Math.min(pageSize, sorted.length - limit) },
            )}
          </button>
        </p>
      )}
    </>
  );
}

let hintCount = 0;

/**
 * Whether the table's frame is narrower than the table (it then scrolls sideways): measured on every
 * resize of the frame, so a narrow window or a long column brings the hint and the keyboard stop.
 */
function useOverflow() {
  const ref = useRef<HTMLDivElement>(null);
  const [wide, setWide] = useState(false);
  const [hintId] = useState(() => `table-scroll-hint-${++hintCount}`);
  useEffect(() => {
    const frame = ref.current;
    if (!frame || typeof ResizeObserver === 'undefined') return;
    const measure = () => setWide(frame.scrollWidth > frame.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    const table = frame.firstElementChild;
    if (table) observer.observe(table);
    measure();
    return () => observer.disconnect();
  }, []);
  return { ref, wide, hintId };
}

/**
 * A cell's text isolated from the table's direction (`<bdi>`): in an Arabic page a Latin-script value such
 * as "VALE S.A." or "103 (Cruz)" keeps its own order instead of having its end punctuation moved to the
 * other side. Elements are left as they are (they isolate their own text where needed).
 */
function isolated(content: ReactNode): ReactNode {
  return typeof content === 'string' || typeof content === 'number' ? <bdi>{content}</bdi> : content;
}
