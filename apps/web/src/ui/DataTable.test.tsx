import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { mergeCatalogs } from '../i18n/catalog-files.ts';
import common from '../i18n/catalogs/common/en.json' with { type: 'json' };
import { DataTable, type DataTableColumn } from './DataTable.tsx';

interface Row {
  code: string;
  tonnes: number;
}
const rows: Row[] = ['A', 'B', 'C', 'D', 'E'].map((code, i) => ({ code, tonnes: i * 1000 }));
const columns: DataTableColumn<Row>[] = [
  { key: 'code', header: 'Code', cell: (r) => r.code, sortValue: (r) => r.code },
  { key: 'tonnes', header: 'Tonnes', cell: (r) => r.tonnes, numeric: true },
];
const messages = mergeCatalogs({ './catalogs/common/en.json': common }).en ?? {};

function render(pageSize?: number): string {
  return renderToStaticMarkup(
    <IntlProvider locale="en" messages={messages}>
      <DataTable
        caption="Facilities"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        pageSize={pageSize}
      />
    </IntlProvider>,
  );
}

describe('DataTable', () => {
  it('renders a caption, column headers with scope, a sort button and every row', () => {
    const html = render();
    assert.match(html, /<caption>Facilities<\/caption>/);
    assert.equal(html.match(/<th scope="col"/g)?.length, 2);
    assert.match(html, /<button type="button" class="sort-button">Code/);
    assert.equal(html.match(/<tr>/g)?.length, 1 + rows.length);
    assert.doesNotMatch(html, /table-more/);
  });

  it('shows the first page and offers the rest', () => {
    const html = render(2);
    assert.equal(html.match(/<tr>/g)?.length, 1 + 2);
    assert.match(html, /Showing 2 of 5 rows\./);
    assert.match(html, /Show 2 more rows/);
  });
});
