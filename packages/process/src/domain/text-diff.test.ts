import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { diffStats, diffWords, tokenize } from './text-diff.ts';

const side = (parts: ReturnType<typeof diffWords>, keep: 'insert' | 'delete') =>
  parts
    .filter((p) => p.op === 'equal' || p.op === keep)
    .map((p) => p.text)
    .join('');

describe('word-level diff', () => {
  test('an inserted word shows as one insertion', () => {
    assert.deepEqual(diffWords('Promote recycling of metals', 'Promote safe recycling of metals'), [
      { op: 'equal', text: 'Promote ' },
      { op: 'insert', text: 'safe ' },
      { op: 'equal', text: 'recycling of metals' },
    ]);
  });

  test('a replaced word shows as a deletion and an insertion; stats count words', () => {
    const parts = diffWords('States should consider a database.', 'States shall establish a database.');
    assert.equal(side(parts, 'delete'), 'States should consider a database.');
    assert.equal(side(parts, 'insert'), 'States shall establish a database.');
    assert.deepEqual(diffStats(parts), { insertedWords: 2, deletedWords: 2 });
  });

  test('words of every script are tokens, punctuation separate', () => {
    assert.deepEqual(tokenize('Hello, мир!'), ['Hello', ',', ' ', 'мир', '!']);
    assert.deepEqual(diffWords('', ''), []);
  });

  test('property: the diff rebuilds both texts', () => {
    const word = fc.constantFrom(
      'metals',
      'minerals',
      'the',
      'States',
      'shall',
      'tailings',
      ',',
      '.',
      ' ',
      'العربية',
      '中文',
    );
    const text = fc.array(word, { maxLength: 40 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = diffWords(a, b);
        assert.equal(side(parts, 'delete'), a);
        assert.equal(side(parts, 'insert'), b);
        for (let i = 1; i < parts.length; i++) assert.notEqual(parts[i]?.op, parts[i - 1]?.op);
        if (a === b) assert.ok(parts.every((p) => p.op === 'equal'));
      }),
    );
  });
});

describe('word diff at scale and in Chinese', () => {
  test('Chinese is compared character by character', () => {
    assert.deepEqual(tokenize('矿物和金属'), ['矿', '物', '和', '金', '属']);
    assert.deepEqual(diffStats(diffWords('矿物和金属', '矿物与金属')), { insertedWords: 1, deletedWords: 1 });
  });

  test('a long text with scattered edits is aligned word by word, not replaced wholesale', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i % 97}`);
    const edited = words.map((w, i) => (i % 100 === 50 ? 'CHANGED' : w));
    const parts = diffWords(words.join(' '), edited.join(' '));
    assert.deepEqual(diffStats(parts), { insertedWords: 30, deletedWords: 30 });
  });
});
