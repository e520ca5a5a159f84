/** One parsed CSV record with the (1-based) file line it starts on. */
export interface CsvRow {
  line: number;
  fields: string[];
}

/**
 * Parses delimited text (RFC 4180 quoting: `"` doubles inside quoted fields; quoted fields may span
 * lines). CRLF and LF both end a record; a leading byte-order mark is dropped; blank lines are skipped.
 *
 * @example parseDelimited('a;b\r\n1;"x;y"\r\n', ';') // [{line:1, fields:['a','b']}, {line:2, fields:['1','x;y']}]
 */
export function parseDelimited(text: string, delimiter = ','): CsvRow[] {
  const rows: CsvRow[] = [];
  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let rowLine = 1;
  // Scans with indexOf/charCodeAt and slices: building fields char by char is ten times slower on
  // a 3 MB register export.
  while (i <= n) {
    let value: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      let parts = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) {
          parts += text.slice(from);
          i = n;
          break;
        }
        parts += text.slice(from, q);
        if (text.charCodeAt(q + 1) === 34) {
          parts += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      for (let k = parts.indexOf('\n'); k >= 0; k = parts.indexOf('\n', k + 1)) line++;
      // Text after the closing quote up to the delimiter is kept (lenient, like most readers).
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === delim || c === 10 || c === 13) break;
        j++;
      }
      value = parts + text.slice(i, j);
      i = j;
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === delim || c === 10 || c === 13) break;
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    fields.push(value);
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c === delim) {
      i++;
      continue;
    }
    // End of record (newline or end of text).
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    i++;
    line++;
    rowLine = line;
    if (i >= n) break;
  }
  return rows;
}

/** Guesses `;`, `,` or tab from the header line: whichever occurs most outside quotes. */
export function sniffDelimiter(text: string): string {
  const end = text.search(/\r?\n/);
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]?.[1] ? counts[0][0] : ',';
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (WHATWG Encoding Standard, index-windows-1252); the five
 * unassigned bytes keep their Latin-1 code point. Node's `latin1` decoder is strict ISO-8859-1 and
 * returns C1 control codes for these bytes, where a Windows export means `€`, `–`, `’`, `“`…
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('latin1').decode(bytes);
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (c) =>
        String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? 0xfffd),
      )
    : text;
}

/** The text encodings {@link decodeTextDetected} tells apart. */
export type DetectedEncoding = 'utf-8' | 'utf-8 with BOM' | 'windows-1252';

/**
 * Decodes file bytes and says how: UTF-8 when the bytes are valid UTF-8 (a byte-order mark is dropped and
 * reported), otherwise Windows-1252, the superset of Latin-1 (ISO-8859-1) that SIGBM exports use: bytes
 * 0x80–0x9F become `€`, `‘`, `’`… rather than control codes.
 * `utf-8` forces UTF-8 (throws on invalid bytes); `latin1` forces Windows-1252.
 *
 * @example decodeTextDetected(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { text: 'a', encoding: 'utf-8 with BOM' }
 */
export function decodeTextDetected(
  bytes: Uint8Array,
  encoding: 'auto' | 'utf-8' | 'latin1' = 'auto',
): { text: string; encoding: DetectedEncoding } {
  if (encoding === 'latin1')
    return { text: new TextDecoder('latin1').decode(bytes), encoding: 'windows-1252' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text: bom ? text.slice(1) : text, encoding: bom ? 'utf-8 with BOM' : 'utf-8' };
  } catch (error) {
    if (encoding === 'utf-8') throw error;
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Decodes file bytes: UTF-8 when valid (BOM dropped), otherwise Latin-1 (ISO-8859-1), which SIGBM exports use.
 */
export function decodeText(bytes: Uint8Array, encoding: 'auto' | 'utf-8' | 'latin1' = 'auto'): string {
  return decodeTextDetected(bytes, encoding).text;
}

/** A delimiter as a reader would name it in a report: `;`, `,` or `tab`. */
export function delimiterName(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : delimiter;
}
