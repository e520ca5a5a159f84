import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexableText, unsegmentSnippet, wordsOf } from './words.ts';

test('Chinese is split into words before indexing', () => {
  assert.equal(indexableText('尾矿库水质监测', 'zh'), '尾 矿 库 水质 监测');
});

test('other languages are indexed as written', () => {
  assert.equal(indexableText('Tailings water', 'en'), 'Tailings water');
});

test('Arabic vowel marks and hamza-alef are folded, Latin accents dropped', () => {
  // مِيَاه with kasra and fatha → مياه; أمن → امن
  assert.deepEqual(wordsOf('مِيَاه أمن', 'ar'), ['مياه', 'امن']);
  assert.deepEqual(wordsOf('Résidus miniers', 'fr'), ['residus', 'miniers']);
});

test('a Chinese snippet loses the indexing spaces and its highlights join', () => {
  assert.equal(
    unsegmentSnippet('暴雨 后 <mark>尾</mark> <mark>矿</mark> 库。 Tailings dam'),
    '暴雨后<mark>尾矿</mark>库。 Tailings dam',
  );
});
