import { z } from '@hono/zod-openapi';

/**
 * A link the platform will show as `<a href>`: an absolute http or https URL only, so a stored
 * `javascript:` or `data:` link can never run or render anything in a reader's browser.
 */
export function httpUrlSchema(max = 1000) {
  return z
    .string()
    .max(max)
    .url()
    .refine((value) => /^https?:\/\//i.test(value), {
      message: 'Only http:// and https:// links are accepted.',
    });
}
