import type { Language } from '@strata/core';
import { textFeatures } from './duplicates.ts';
import { wordsOf } from './words.ts';

/**
 * Locality-sensitive hashing of a text's duplicate-check features (MinHash with banding): 96 MinHash
 * values in 32 bands of 3, each band hashed to one 32-bit integer. Two texts share at least one band
 * with probability 1 − (1 − J³)³², J being the Jaccard similarity of their feature sets: 0.999 for the
 * reworded duplicates of the tests (Dice ≥ 0.74, J ≥ 0.59), 0.93 at the duplicate threshold (Dice 0.6,
 * J 0.43), 0.17 for unrelated texts on the same theme (J ≈ 0.18) and 0.03 at J 0.1. The stored bands,
 * GIN-indexed, give the duplicate check its candidates without comparing the draft with every item.
 */
export const BANDS = 32;
export const ROWS_PER_BAND = 3;

/** MurmurHash3's 32-bit finaliser: spreads the bits of a 32-bit integer. */
function fmix32(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a over the UTF-16 code units of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const SEEDS = Array.from({ length: BANDS * ROWS_PER_BAND }, (_, i) => fmix32(0x9e3779b9 + i * 0x7f4a7c15));

/**
 * The band hashes of a feature set, as signed 32-bit integers (PostgreSQL `integer`); empty for no
 * features. A `salt` (the item's kind and language) goes into every band hash, so that only items
 * with the same salt can share a band and the index lookup returns no others.
 */
export function bandsOfFeatures(features: ReadonlySet<string>, salt = ''): number[] {
  if (features.size === 0) return [];
  const mins = new Uint32Array(SEEDS.length).fill(0xffffffff);
  for (const f of features) {
    const h = fnv1a(f);
    for (let i = 0; i < SEEDS.length; i++) {
      const v = fmix32(h ^ (SEEDS[i] as number));
      if (v < (mins[i] as number)) mins[i] = v;
    }
  }
  const saltHash = fnv1a(salt);
  const bands: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = fmix32((b + 1) ^ saltHash);
    for (let r = 0; r < ROWS_PER_BAND; r++) h = fmix32(h ^ (mins[b * ROWS_PER_BAND + r] as number));
    bands.push(h | 0);
  }
  return bands;
}

/** The band hashes of a text in its language (the features of {@link textFeatures}), salted with `salt`. */
export function textBands(text: string, language: Language, salt = ''): number[] {
  return bandsOfFeatures(textFeatures(text, language), salt);
}

/** The salt of an item's bands: its kind and language, the two things a duplicate must share. */
export const bandSalt = (kind: string, language: Language) => `${kind}/${language}`;

/**
 * The distinct words of a text as written (lower-cased, accents kept, Chinese split into words): the
 * search's lexicon, where a misspelt query word finds the words it resembles (pg_trgm), which are then
 * searched in full text with the language's configuration.
 */
export function lexiconWords(text: string, language: Language): string[] {
  const words = new Set<string>();
  for (const w of wordsOf(text, language, false)) {
    const n = [...w].length;
    if (n >= (language === 'zh' ? 2 : 3) && n <= 40) words.add(w);
  }
  return [...words];
}
