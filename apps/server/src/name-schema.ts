import { z } from '@hono/zod-openapi';
import { BIDI_CONTROL_MESSAGE, hasBidiControl } from '@strata/core';

/**
 * A name shown to others (organisation, company, account display name, facility, focal point):
 * 1 to `max` characters, without bidi override or isolate controls that would make it read
 * differently from what is stored.
 */
export function nameSchema(max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .refine((value) => !hasBidiControl(value), { message: `The name ${BIDI_CONTROL_MESSAGE}.` });
}

/** A display name: like a name but may be empty (max 200). */
export const DisplayNameSchema = z
  .string()
  .max(200)
  .refine((value) => !hasBidiControl(value), { message: `The display name ${BIDI_CONTROL_MESSAGE}.` });
