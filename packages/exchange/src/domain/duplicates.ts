import type { Language } from '@strata/core';
import { wordsOf } from './words.ts';

/** What the duplicate check compares: the text in its language and the filing dimensions. */
export interface DuplicateCandidate {
  language: Language;
  text: string;
  /** Filing dimensions as `name:value` (e.g. `theme:water`, `country:BRA`). */
  dimensions: readonly string[];
}

export interface DuplicateExplanation {
  /** 0..1, rounded to 2 decimals: TEXT_WEIGHT × text + DIMENSION_WEIGHT × dimensions. */
  score: number;
  duplicate: boolean;
  /** Dice coefficient of the two texts' features (character trigrams of words; Chinese: words and character pairs). */
  text: number;
  /** Jaccard overlap of the dimensions. */
  dimensions: number;
  sameLanguage: boolean;
  /** Up to 8 words both texts contain, longest first: what the user can check. */
  sharedWords: string[];
  sharedDimensions: string[];
  differingDimensions: string[];
}

/**
 * Weights and threshold of the near-duplicate score. Design choices of this module, set on the test
 * pairs of `duplicates.test.ts` (reworded duplicates in English, French, Arabic and Chinese reach a text
 * similarity of 0.74–0.93; different items on the same theme 0.05–0.51, the highest being the same training
 * for the same audience on another subject): the text weighs most, because two offers on the same
 * theme and stage are not duplicates unless they say the same thing.
 */
export const TEXT_WEIGHT = 0.7;
export const DIMENSION_WEIGHT = 0.3;
export const DUPLICATE_THRESHOLD = 0.65;
/** A pair is never a duplicate below this text similarity, whatever the dimensions. */
export const MIN_TEXT_SIMILARITY = 0.6;

/**
 * The features of a text that similarity is measured on. Alphabetic scripts: character trigrams of each
 * word padded with spaces, so that inflected forms (résidu/résidus, المياه/مياه) still share most
 * features. Chinese: the segmented words and every pair of adjacent characters (the usual CJK bigram).
 */
export function textFeatures(text: string, language: Language): Set<string> {
  return featuresOfWords(wordsOf(text, language), language);
}

/** {@link textFeatures} of words already found (the text segmented once, its words used twice). */
export function featuresOfWords(words: readonly string[], language: Language): Set<string> {
  const features = new Set<string>();
  if (language === 'zh') {
    for (const w of words) features.add(`w:${w}`);
    const chars = [...words.join('')];
    for (let i = 0; i + 1 < chars.length; i++) features.add(`b:${chars[i]}${chars[i + 1]}`);
    return features;
  }
  for (const w of words) {
    if (w.length < 3) continue; // articles and particles carry little
    const padded = [...` ${w} `];
    for (let i = 0; i + 2 < padded.length; i++) features.add(padded.slice(i, i + 3).join(''));
  }
  return features;
}

/** Dice coefficient 2|A∩B| / (|A|+|B|); 0 when both are empty. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Explains how close a new item is to an existing one: text similarity in its language and overlap of
 * the dimensions, combined into one score, with the shared words and dimensions the user can check.
 * Items in different languages are compared on their dimensions only, and never flagged.
 *
 * @example compareForDuplicate(newOffer, existingOffer).duplicate
 */
export function compareForDuplicate(
  candidate: DuplicateCandidate,
  existing: DuplicateCandidate,
  candidateFeatures = textFeatures(candidate.text, candidate.language),
  candidateWords: readonly string[] = wordsOf(candidate.text, candidate.language),
): DuplicateExplanation {
  const sameLanguage = candidate.language === existing.language;
  const existingWords = sameLanguage ? wordsOf(existing.text, existing.language) : [];
  const text = sameLanguage ? dice(candidateFeatures, featuresOfWords(existingWords, existing.language)) : 0;
  const a = new Set(candidate.dimensions);
  const b = new Set(existing.dimensions);
  const sharedDimensions = [...a].filter((d) => b.has(d));
  const union = new Set([...a, ...b]);
  const dimensions = union.size === 0 ? 0 : sharedDimensions.length / union.size;
  const score = Math.round((TEXT_WEIGHT * text + DIMENSION_WEIGHT * dimensions) * 100) / 100;
  const wordsB = new Set(existingWords);
  const sharedWords = [...new Set(candidateWords)]
    .filter((w) => wordsB.has(w) && [...w].length >= (candidate.language === 'zh' ? 2 : 4))
    .sort((x, y) => [...y].length - [...x].length)
    .slice(0, 8);
  return {
    score,
    duplicate: sameLanguage && text >= MIN_TEXT_SIMILARITY && score >= DUPLICATE_THRESHOLD,
    text: Math.round(text * 100) / 100,
    dimensions: Math.round(dimensions * 100) / 100,
    sameLanguage,
    sharedWords,
    sharedDimensions,
    differingDimensions: [...union].filter((d) => !(a.has(d) && b.has(d))),
  };
}
