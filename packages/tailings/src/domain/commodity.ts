import { normalizeLabel } from './facility.ts';

/**
 * Words (English, Portuguese, Spanish; element symbols) that name a commodity, matched against the
 * normalised source text in order. SIGBM names ores such as "Minério de Ouro Primário", "Rocha Aurífera",
 * "Aluvião Estanífero"; the Global Tailings Portal uses English names or symbols ("Cu, Au").
 */
const COMMODITY_PATTERNS: readonly [RegExp, string][] = [
  [/\burani|\bu3o8\b|^u$/, 'uranium'],
  [/\bour[oi]|aurifer|\bgold|\boro\b|^au\b/, 'gold'],
  [/\bcobre|\bcopper|^cu\b/, 'copper'],
  [/\bzinc|\bzinco|^zn\b/, 'zinc'],
  [/\bchumbo|\blead\b|\bplomo|^pb\b/, 'lead'],
  [/\bniquel|\bnickel|^ni\b/, 'nickel'],
  [/\bprata|\bsilver|\bplata|^ag\b/, 'silver'],
  [/\bcarv[aã]o|\bcoal|\bcarbon\b/, 'coal'],
  [/fosfat|phosphat|fosforit/, 'phosphate'],
  [/terras raras|rare earth|\bree\b/, 'rare earths'],
  [/niobio|niobium|pirocloro/, 'niobium'],
  [/ilmenit|zircon|rutil|mineral sands|monazit/, 'mineral sands'],
  [/bauxit/, 'bauxite'],
  [/alumin|^al\b/, 'aluminium'],
  [/estan|\btin\b|cassiterit|^sn\b/, 'tin'],
  [/ferro|\biron\b|hematit|itabirit|magnetit|^fe\b/, 'iron'],
  [/mangan|^mn\b/, 'manganese'],
  [/caulim|kaolin/, 'kaolin'],
  [/diamant|diamond/, 'diamonds'],
  [/silvinit|silvanit|potass|potash|\bsais\b|\bsal\b|\bsalt\b/, 'potash'],
  [/calcari|limestone|dolomit/, 'limestone'],
  [/argila|\bclay/, 'clay'],
  [/areia|cascalho|\bsand\b|gravel/, 'sand'],
  [/cromit|chrom/, 'chromium'],
  [/vanad/, 'vanadium'],
  [/litio|lithium|espodumen|pegmatit/, 'lithium'],
  [/tantal|columbit/, 'tantalum'],
  [/fluorit/, 'fluorite'],
  [/tungst|wolfram|scheelit/, 'tungsten'],
];

/**
 * Normalises a commodity text to one English key ("Minério de Ouro Primário" → "gold"), or null when it is
 * blank, "not applicable" or not recognised (the raw text is kept by the caller either way).
 */
export function normalizeCommodity(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const t = normalizeLabel(raw);
  if (t === '' || /nao se aplica|not applicable|^n a$/.test(t)) return null;
  for (const [re, key] of COMMODITY_PATTERNS) if (re.test(t)) return key;
  return null;
}
