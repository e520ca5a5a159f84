/**
 * The synthetic corpus of the knowledge-exchange benchmark, built so that word frequencies look like real
 * text rather than a handful of words repeated everywhere:
 *
 * - Vocabulary of each language: every word of the web app's own translation catalogs in that language
 *   (real text written for Strata, 800–1,200 distinct words a language, ICU plural/select keywords left
 *   out), ranked by how often the catalogs use it, plus about 33 mining and environment topic words.
 * - Each document draws its words from that vocabulary by Zipf's law (s = 1 over the frequency rank, the
 *   usual shape of word frequencies in natural language), and is about two topic words of its own, which
 *   make up about one word in six of its text (topical burstiness: a document on tailings says "tailings"
 *   several times, most documents never do).
 * - Queries: a third one topic word, a third two topic words, a third one word drawn by Zipf from the
 *   vocabulary past its 50 most frequent words (the function words, which a search box rarely gets).
 *
 * The text is not grammatical and the catalogs are smaller than a real corpus's vocabulary, so common words
 * match more documents than they would in real texts: the figures are, if anything, pessimistic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type Language, type SeededRandom } from '@strata/core';

/** Topic words per language (Chinese as words, which the index splits them into anyway). */
export const TOPIC_WORDS: Record<Language, string[]> = {
  en: 'water tailings dam mining closure monitoring mercury artisanal gold sand dredging river biodiversity forest community consultation transparency contract revenue recycling battery copper lithium cobalt training inspector regulator permit groundwater dust smelter refinery rehabilitation'.split(
    ' ',
  ),
  fr: 'eau résidus barrage mine fermeture surveillance mercure artisanal or sable dragage rivière biodiversité forêt communauté consultation transparence contrat recettes recyclage batterie cuivre lithium cobalt formation inspecteur régulateur permis nappe poussière fonderie raffinerie réhabilitation'.split(
    ' ',
  ),
  es: 'agua relaves presa minería cierre monitoreo mercurio artesanal oro arena dragado río biodiversidad bosque comunidad consulta transparencia contrato ingresos reciclaje batería cobre litio cobalto capacitación inspector regulador permiso acuífero polvo fundición refinería rehabilitación'.split(
    ' ',
  ),
  ru: 'вода хвосты плотина добыча закрытие мониторинг ртуть кустарный золото песок дноуглубление река биоразнообразие лес община консультация прозрачность контракт доходы переработка батарея медь литий кобальт обучение инспектор регулятор разрешение подземные пыль завод рекультивация'.split(
    ' ',
  ),
  ar: 'المياه المخلفات السد التعدين الإغلاق الرصد الزئبق الحرفي الذهب الرمال التجريف النهر التنوع الغابات المجتمع التشاور الشفافية العقد الإيرادات التدوير البطاريات النحاس الليثيوم الكوبالت التدريب المفتش المنظم الترخيص الجوفية الغبار المصهر المصفاة التأهيل'.split(
    ' ',
  ),
  zh: '水 尾矿 大坝 采矿 关闭 监测 汞 手工 黄金 砂 疏浚 河流 生物多样性 森林 社区 协商 透明度 合同 收入 回收 电池 铜 锂 钴 培训 检查员 监管 许可 地下水 粉尘 冶炼厂 精炼厂 修复'.split(
    ' ',
  ),
};

const CATALOGS = new URL('../../apps/web/src/i18n/catalogs/', import.meta.url).pathname;
const ICU =
  /\{\s*\w+\s*,\s*(plural|select|selectordinal|number|date)\s*,|\b(zero|one|two|few|many|other)\s*\{|=\d+\s*\{|\{\w+\}/g;

function strings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value.replace(ICU, ' '));
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
}

/** The words of the catalogs in one language, most frequent first, then the topic words not among them. */
export function vocabulary(language: Language): string[] {
  const texts: string[] = [];
  for (const module of readdirSync(CATALOGS)) {
    try {
      strings(JSON.parse(readFileSync(join(CATALOGS, module, `${language}.json`), 'utf8')), texts);
    } catch {
      // a module without this language's catalog
    }
  }
  const counts = new Map<string, number>();
  const latin = language === 'en' || language === 'fr' || language === 'es';
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  for (const part of segmenter.segment(texts.join('\n'))) {
    if (!part.isWordLike) continue;
    const w = part.segment.toLocaleLowerCase(language);
    if (/\d/.test(w) || (!latin && /[a-z]/.test(w))) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
  const known = new Set(ranked);
  return [...ranked, ...TOPIC_WORDS[language].filter((w) => !known.has(w))];
}

/** Draws ranks 0..n-1 by Zipf's law (s = 1), by inverting the cumulative distribution. */
export class Zipf {
  private readonly cumulative: Float64Array;
  constructor(
    readonly n: number,
    private readonly rng: SeededRandom,
  ) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) {
      sum += 1 / (k + 1);
      this.cumulative[k] = sum;
    }
    for (let k = 0; k < n; k++) this.cumulative[k] = (this.cumulative[k] as number) / sum;
  }
  next(): number {
    const u = this.rng.next();
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Document and query generator over the six vocabularies. */
export class Corpus {
  private readonly words: Record<Language, string[]>;
  private readonly zipf: Record<Language, Zipf>;

  constructor(private readonly rng: SeededRandom) {
    this.words = Object.fromEntries(LANGUAGES.map((l) => [l, vocabulary(l)])) as Record<Language, string[]>;
    this.zipf = Object.fromEntries(LANGUAGES.map((l) => [l, new Zipf(this.words[l].length, rng)])) as Record<
      Language,
      Zipf
    >;
  }

  vocabularySize(language: Language): number {
    return this.words[language].length;
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rng.next() * xs.length)] as T;
  }

  /** `n` words of a document about `topics`: one in six a topic word, the rest by Zipf. */
  text(language: Language, n: number, topics: readonly string[]): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      out.push(
        this.rng.next() < 1 / 6
          ? this.pick(topics)
          : (this.words[language][this.zipf[language].next()] as string),
      );
    }
    return out.join(language === 'zh' ? '' : ' ');
  }

  topics(language: Language): string[] {
    return [this.pick(TOPIC_WORDS[language]), this.pick(TOPIC_WORDS[language])];
  }

  /** A query: one or two topic words, or one vocabulary word past the 50 most frequent. */
  query(language: Language): string {
    const r = this.rng.next();
    if (r < 1 / 3) return this.pick(TOPIC_WORDS[language]);
    if (r < 2 / 3) return `${this.pick(TOPIC_WORDS[language])} ${this.pick(TOPIC_WORDS[language])}`;
    for (;;) {
      const rank = this.zipf[language].next();
      const word = this.words[language][rank] as string;
      if (rank >= 50 && [...word].length >= (language === 'zh' ? 1 : 3)) return word;
    }
  }

  /**
   * A reworded copy of a text: about `share` of its words replaced by others of the vocabulary (what a
   * second focal point writing up the same offer would share with the first), for the duplicate check.
   */
  reword(text: string, language: Language, share: number): string {
    const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    const out: string[] = [];
    for (const part of segmenter.segment(text)) {
      if (part.isWordLike && this.rng.next() < share)
        out.push(this.words[language][this.zipf[language].next()] as string);
      else out.push(part.segment);
    }
    return out.join('');
  }
}
