import { createRoute, z } from '@hono/zod-openapi';
import { decodeText, UnsupportedMediaError } from '@strata/core';
import { partiesCsv } from '@strata/instruments';
import type { AppContext } from '../../env.ts';
import { createRouter, problemResponses, WRITE_PROBLEMS } from '../../router.ts';
import { csvAttachment, instrumentsServices } from './context.ts';
import { CsvResponse, Items, json, ParticipationSchema, PartyListSchema } from './schemas.ts';

const tags = ['Instruments: parties'];
const PartyQuery = z.object({
  instrument: z.string().max(80).optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .optional(),
});

const parties = createRoute({
  method: 'get',
  path: '/parties',
  tags,
  summary: 'Parties to binding instruments: consent kind and date, entry into force, source and list date',
  request: { query: PartyQuery },
  responses: { 200: json(Items(ParticipationSchema)), ...problemResponses(400) },
});
const partiesDownload = createRoute({
  method: 'get',
  path: '/parties.csv',
  tags,
  summary: 'Parties as CSV, in the import template’s columns',
  request: { query: PartyQuery },
  responses: { 200: CsvResponse, ...problemResponses(400) },
});
const lists = createRoute({
  method: 'get',
  path: '/party-lists',
  tags,
  summary: 'Each parties list with its source and the date it was last checked',
  responses: { 200: json(Items(PartyListSchema)) },
});
const importParties = createRoute({
  method: 'post',
  path: '/parties/import',
  tags,
  summary: 'Import parties lists from a CSV (template in docs/instruments.md); all-or-nothing (secretariat)',
  request: { body: { required: true, content: { 'text/csv': { schema: z.string() } } } },
  responses: {
    200: json(z.object({ instruments: z.array(z.string()), rows: z.number() })),
    ...problemResponses(...WRITE_PROBLEMS, 415),
  },
});

/** The parties lists' routes. */
export function partyRoutes(ctx: AppContext) {
  const s = () => instrumentsServices(ctx).parties;
  const filterOf = (q: z.infer<typeof PartyQuery>) => ({ slug: q.instrument, country: q.country });
  return createRouter()
    .openapi(parties, async (c) => c.json({ items: await s().list(filterOf(c.req.valid('query'))) }, 200))
    .openapi(partiesDownload, async (c) =>
      c.body(
        partiesCsv(await s().list(filterOf(c.req.valid('query')))),
        200,
        csvAttachment('instruments-parties.csv'),
      ),
    )
    .openapi(lists, async (c) => c.json({ items: await s().lists() }, 200))
    .openapi(importParties, async (c) => {
      if ((c.req.header('content-type') ?? '').startsWith('multipart/'))
        throw new UnsupportedMediaError('Send the CSV file itself as the body (text/csv).');
      const text = decodeText(new Uint8Array(await c.req.arrayBuffer()));
      return c.json(await s().importCsv(c.get('actor'), text), 200);
    });
}
