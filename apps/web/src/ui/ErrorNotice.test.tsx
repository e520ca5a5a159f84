import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { ErrorNotice } from './ErrorNotice.tsx';

describe('ErrorNotice', () => {
  it('announces the message as an alert, its text escaped', () => {
    assert.equal(
      renderToStaticMarkup(<ErrorNotice message="The file is larger than 256 KiB <sic>" />),
      '<p role="alert" class="notice notice-warning">The file is larger than 256 KiB &lt;sic&gt;</p>',
    );
  });

  it('renders nothing without a message', () => {
    for (const message of [null, undefined, ''])
      assert.equal(renderToStaticMarkup(<ErrorNotice message={message} />), '');
  });
});
