import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of everything the server sends: only this origin's scripts, styles,
 * fonts and API; images also from `data:`/`blob:` and workers from `blob:` (the map library builds
 * its worker and sprites that way); no plugins, no framing, forms only to this origin. Style
 * attributes stay allowed ('unsafe-inline' for styles only) because the map and charts set them.
 */
export const WEB_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  childSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

function sha256Sources(html: string, tag: 'script' | 'style'): string {
  const pattern = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(pattern)]
    .map(
      (m) =>
        `'sha256-${createHash('sha256')
          .update(m[1] ?? '')
          .digest('base64')}'`,
    )
    .join(' ');
}

/** The policy of a self-contained HTML page: its own inline script and style allowed by their hashes. */
export function inlinePageCsp(html: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${sha256Sources(html, 'script')}`,
    `style-src 'self' ${sha256Sources(html, 'style')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
