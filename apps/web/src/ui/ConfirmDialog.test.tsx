import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { mergeCatalogs } from '../i18n/catalog-files.ts';
import common from '../i18n/catalogs/common/en.json' with { type: 'json' };
import { ConfirmDialog } from './ConfirmDialog.tsx';

const messages = mergeCatalogs({ './catalogs/common/en.json': common }).en ?? {};

describe('ConfirmDialog', () => {
  const html = renderToStaticMarkup(
    <IntlProvider locale="en" messages={messages}>
      <ConfirmDialog
        title="Close the round?"
        consequence="No State can cast or change a ballot afterwards."
        confirmLabel="Close the round"
        onConfirm={() => {}}
        onCancel={() => {}}
      />
    </IntlProvider>,
  );

  it('is an alert dialog named by its title and described by what cannot be undone', () => {
    assert.match(html, /<dialog[^>]*role="alertdialog"/);
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(html)?.[1];
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    assert.match(html, new RegExp(`<h2 id="${labelledBy}">Close the round\\?</h2>`));
    assert.match(
      html,
      new RegExp(`<p id="${describedBy}"><strong>This cannot be undone:</strong> No State can cast`),
    );
  });

  it('offers Cancel before the action, each as a button', () => {
    const buttons = [...html.matchAll(/<button[^>]*>([^<]+)<\/button>/g)].map((m) => m[1]);
    assert.deepEqual(buttons, ['Cancel', 'Close the round']);
  });
});
