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
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  for (; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') inQuotes = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (field !== '' || fields.length > 0) endRecord();
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
 * Decodes file bytes: UTF-8 when valid (BOM dropped), otherwise Latin-1 (ISO-8859-1), which SIGBM exports use.
 */
export function decodeText(bytes: Uint8Array, encoding: 'auto' | 'utf-8' | 'latin1' = 'auto'): string {
  if (encoding === 'latin1') return new TextDecoder('latin1').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (error) {
    if (encoding === 'utf-8') throw error;
    return new TextDecoder('latin1').decode(bytes);
  }
}

/** Serialises rows as CSV (RFC 4180), quoting only where needed. */
export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  const cell = (v: string | number | boolean | null | undefined) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
