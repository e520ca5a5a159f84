/**
 * Text the platform refuses at its boundary: a NUL character (PostgreSQL cannot store it in text),
 * a lone UTF-16 surrogate (not a character, and not encodable as UTF-8), and in names the bidi
 * embedding, override and isolate controls that make a name read differently from what it is.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** Why a string cannot be stored as text, or null when it can. */
export function unstorableTextReason(value: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character (U+0000), which is not accepted';
  if (LONE_SURROGATE.test(value))
    return 'contains a lone surrogate (not valid Unicode), which is not accepted';
  return null;
}

/** Whether a string contains a bidi embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069). */
export function hasBidiControl(value: string): boolean {
  return BIDI_CONTROL.test(value);
}

export const BIDI_CONTROL_MESSAGE =
  'contains a right-to-left or left-to-right override character (U+202A–U+202E, U+2066–U+2069), which is not accepted in names';

/**
 * Every string in a JSON value (object keys included) that cannot be stored, as `path: reason`,
 * the path starting with `prefix` and joined with dots, like a validation issue.
 */
export function unstorableTextIssues(value: unknown, prefix: string): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const visit = (v: unknown, path: string): void => {
    if (typeof v === 'string') {
      const reason = unstorableTextReason(v);
      if (reason) issues.push({ path, message: reason });
    } else if (Array.isArray(v)) {
      for (const [i, item] of v.entries()) visit(item, `${path}.${i}`);
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const reason = unstorableTextReason(key);
        if (reason) issues.push({ path: `${path}.${JSON.stringify(key)}`, message: `key ${reason}` });
        else visit(item, `${path}.${key}`);
      }
    }
  };
  visit(value, prefix);
  return issues;
}
