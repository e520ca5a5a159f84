import type { Geometry } from 'geojson';
import { useIntl } from 'react-intl';
import { type ExportColumn, exportFileName, toCsv, toFeatureCollection, UTF8_BOM } from './export/tabular.ts';

export interface DownloadButtonProps<Row> {
  /** Names the file: `strata-<what>-<date>.csv`. */
  what: string;
  columns: readonly ExportColumn<Row>[];
  /** Exactly the rows on screen (after filtering). */
  rows: readonly Row[];
  /** When given, a GeoJSON download is offered too (rows without geometry get `null`). */
  geometryOf?: (row: Row) => Geometry | null;
}

function save(content: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled so the download can start.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Download buttons for what a table or map shows: CSV (RFC 4180, UTF-8 with BOM) and, when geometry is
 * available, GeoJSON.
 */
export function DownloadButton<Row>({ what, columns, rows, geometryOf }: DownloadButtonProps<Row>) {
  const intl = useIntl();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of related buttons, not a form fieldset
    <div className="download" role="group" aria-label={intl.formatMessage({ id: 'common.download.label' })}>
      <button
        type="button"
        disabled={rows.length === 0}
        onClick={() =>
          save(
            UTF8_BOM + toCsv(columns, rows),
            'text/csv;charset=utf-8',
            exportFileName(what, 'csv', new Date()),
          )
        }
      >
        {intl.formatMessage({ id: 'common.download.csv' }, { count: rows.length })}
      </button>
      {geometryOf && (
        <button
          type="button"
          disabled={rows.length === 0}
          onClick={() =>
            save(
              JSON.stringify(toFeatureCollection(columns, rows, geometryOf)),
              'application/geo+json',
              exportFileName(what, 'geojson', new Date()),
            )
          }
        >
          {intl.formatMessage({ id: 'common.download.geojson' }, { count: rows.length })}
        </button>
      )}
    </div>
  );
}
