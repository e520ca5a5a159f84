import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as Plot from '@observablehq/plot';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { mergeCatalogs } from '../i18n/catalog-files.ts';
import common from '../i18n/catalogs/common/fr.json' with { type: 'json' };
import { Chart } from './Chart.tsx';

const messages = mergeCatalogs({ './catalogs/common/fr.json': common }).fr ?? {};
const data = [
  { group: 'Afrique', n: 54 },
  { group: 'Asie-Pacifique', n: 53 },
];

describe('Chart', () => {
  it('offers the plotted numbers as a captioned table, in the UI language', () => {
    const html = renderToStaticMarkup(
      <IntlProvider locale="fr" messages={messages}>
        <Chart
          caption="Pays par groupe"
          options={{ marks: [Plot.barX(data, { y: 'group', x: 'n' })] }}
          summary={{
            columns: [
              { key: 'group', header: 'Groupe', cell: (d) => d.group },
              { key: 'n', header: 'Pays', cell: (d) => d.n, numeric: true },
            ],
            rows: data,
            rowKey: (d) => d.group,
          }}
        />
      </IntlProvider>,
    );
    assert.match(html, /<figcaption class="chart-caption">Pays par groupe<\/figcaption>/);
    assert.match(html, /<summary>Afficher les données sous forme de tableau<\/summary>/);
    assert.match(html, /<td><bdi>Asie-Pacifique<\/bdi><\/td><td class="numeric"><bdi>53<\/bdi><\/td>/);
    // The SVG itself is drawn in the browser, into a container hidden from screen readers.
    assert.match(html, /class="chart-plot" aria-hidden="true" dir="ltr"/);
  });
});
