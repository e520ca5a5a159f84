import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasBidiControl, unstorableTextIssues, unstorableTextReason } from './text.ts';

test('NUL and lone surrogates are unstorable; a surrogate pair, Arabic and Chinese are fine', () => {
  assert.match(unstorableTextReason('a\u0000b') ?? '', /NUL/);
  assert.match(unstorableTextReason('x\ud800') ?? '', /lone surrogate/);
  assert.match(unstorableTextReason('\udc00x') ?? '', /lone surrogate/);
  assert.match(
    unstorableTextReason('\udc00\ud800') ?? '',
    /lone surrogate/,
    'a reversed pair is two lone halves',
  );
  for (const ok of ['', 'plain', 'منظمة', '组织', '😀 \ud83d\ude00', 'tab\tnew\nline']) {
    assert.equal(unstorableTextReason(ok), null, ok);
  }
});

test('issues name every unstorable string of a JSON value by its dotted path, keys included', () => {
  const issues = unstorableTextIssues(
    { a: 'ok', b: ['fine', 'bad\u0000'], c: { d: '\ud800' }, 'k\u0000': 'v', n: 3, z: null },
    'json',
  );
  assert.deepEqual(
    issues.map((i) => i.path),
    ['json.b.1', 'json.c.d', 'json."k\\u0000"'],
  );
  assert.deepEqual(unstorableTextIssues({ a: ['x', { b: 'y' }] }, 'json'), []);
});

test('bidi embeddings, overrides and isolates are detected, the marks LRM/RLM are not', () => {
  for (const cp of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
    assert.ok(hasBidiControl(`name${String.fromCharCode(cp)}gpj.exe`), cp.toString(16));
  }
  assert.equal(hasBidiControl('Organisation \u200f\u200e منظمة'), false);
});
