import type { Language } from '@strata/core';

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(language: Language): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, s);
  }
  return s;
}

/** Arabic short vowels and other marks (U+064B–U+065F, U+0670) and the tatweel (U+0640): left out. */
const ARABIC_MARKS = /[\u0640\u064B-\u065F\u0670]/g;
/** Alef with hamza or madda (أ إ آ) written as bare alef (ا), as Arabic search engines commonly fold them. */
const ARABIC_ALEFS = /[\u0622\u0623\u0625]/g;

/**
 * The words of a text in its language, lower-cased and folded (Latin and Cyrillic accents kept apart
 * from their letters, Arabic vowel marks dropped, hamza-alef folded). Words are found with
 * `Intl.Segmenter`, which splits Chinese (written without spaces) with a dictionary. With `folded` false
 * the words are only lower-cased (what a language's text-search configuration expects).
 *
 * @example wordsOf('尾矿库的水质监测', 'zh') // ['尾', '矿', '库', '的', '水质', '监测']
 */
export function wordsOf(text: string, language: Language, folded = true): string[] {
  const words: string[] = [];
  for (const part of segmenter(language).segment(text.normalize('NFKC'))) {
    if (!part.isWordLike) continue;
    words.push(folded ? fold(part.segment) : part.segment.toLocaleLowerCase());
  }
  return words;
}

function fold(word: string): string {
  return word
    .toLocaleLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(ARABIC_MARKS, '')
    .replace(ARABIC_ALEFS, '\u0627')
    .normalize('NFC');
}

/**
 * The text to index for full-text search: Chinese is split into words (joined by spaces, so that
 * PostgreSQL's `simple` parser sees each word); other languages are indexed as written.
 */
export function indexableText(text: string, language: Language): string {
  if (language !== 'zh') return text;
  return [...segmenter('zh').segment(text)]
    .map((p) => (p.isWordLike ? p.segment : p.segment.trim()))
    .filter(Boolean)
    .join(' ');
}

/**
 * PostgreSQL text-search configuration of each language. PostgreSQL 15 and PGlite both ship `arabic`,
 * `english`, `french`, `russian` and `spanish` (checked with `select cfgname from pg_ts_config`); there is
 * none for Chinese, which is pre-split by {@link indexableText} and indexed with `simple`.
 */
export const SEARCH_CONFIG: Readonly<Record<Language, string>> = {
  ar: 'arabic',
  zh: 'simple',
  en: 'english',
  fr: 'french',
  ru: 'russian',
  es: 'spanish',
};

const CJK = '[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=${CJK}(?:</?mark>)*) (?=(?:</?mark>)*${CJK})`, 'g');

/**
 * Takes out the spaces {@link indexableText} put between Chinese words, in a highlighted excerpt, and
 * joins adjacent highlights: `<mark>尾</mark> <mark>矿</mark>` → `<mark>尾矿</mark>`.
 */
export function unsegmentSnippet(snippet: string): string {
  return snippet.replace(SPACE_BETWEEN_CJK, '').replaceAll('</mark><mark>', '');
}
