import { z } from '@hono/zod-openapi';
import { M49_REGIONS, UN_GROUPS } from '@strata/core';
import { DENOMINATORS, DIFFERENCE_PARTS, FIRST_YEAR, INDICATORS, TIERS } from '@strata/sand';
import { LocalizedName } from '../countries.ts';

const Tier = z
  .enum(TIERS)
  .meta({ description: 'Method tier, strongest first: official > irp > cement-proxy > model' });
const Indicator = z.enum(INDICATORS).meta({ example: 'construction-aggregates' });
/** A year of the series: 1970 (the IRP series' first year) to 2100. */
const Year = z.coerce
  .number()
  .int()
  .min(FIRST_YEAR)
  .max(2100)
  .meta({ example: 2019, description: `A year from ${FIRST_YEAR}` });

export const Iso3Param = z.object({
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .meta({ example: 'FRA', description: 'ISO 3166-1 alpha-3 code' }),
});
export const WorldQuery = z.object({ year: Year, indicator: Indicator.default('construction-aggregates') });
const Per = z
  .enum(DENOMINATORS)
  .meta({ description: 'Divide each figure by population (t/person) or GDP (t/million current US$)' });
export const MapQuery = z.object({ indicator: Indicator, year: Year, per: Per.optional() });
export const ExportQuery = z.object({ indicator: Indicator.optional(), year: Year.optional() });

const BandFields = {
  low: z.number().meta({ description: 'Low bound, in `unit`' }),
  central: z.number(),
  high: z.number(),
};

export const SandValueSchema = z
  .object({
    iso3: z.string(),
    year: z.number().int(),
    indicator: z.string(),
    tier: Tier,
    sourceId: z.string(),
    ...BandFields,
    unit: z.string().meta({ example: 't' }),
    licence: z.string(),
    retrieved: z.string().meta({ description: 'Date the source was retrieved or published' }),
    method: z.string(),
    importId: z.string().nullable(),
  })
  .meta({ id: 'SandValue' });

export const SandSourceSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    licence: z.string(),
    url: z.string().nullable(),
    retrieved: z.string(),
    tier: Tier,
    method: z.string(),
  })
  .meta({ id: 'SandSource' });

export const SandProfileSchema = z
  .object({
    iso3: z.string(),
    name: LocalizedName.nullable().meta({ description: 'Null for a code Strata does not list (historical)' }),
    indicators: z.array(
      z.object({
        indicator: z.string(),
        unit: z.string(),
        points: z.array(
          z.object({
            year: z.number().int(),
            headline: SandValueSchema,
            all: z
              .array(SandValueSchema)
              .meta({ description: 'Every figure for the year, strongest tier first' }),
          }),
        ),
      }),
    ),
    sources: z.array(SandSourceSchema),
  })
  .meta({ id: 'SandProfile' });

const BandSchema = z.object(BandFields).meta({ id: 'SandBand' });

export const SandWorldSchema = z
  .object({
    indicator: z.string(),
    year: z.number().int(),
    unit: z.string(),
    total: BandSchema.meta({ description: 'Sum of each country’s headline figure; bounds add' }),
    countries: z.number().int(),
    byTier: z.array(z.object({ tier: Tier, countries: z.number().int(), total: BandSchema })),
    years: z.array(z.number().int()).meta({ description: 'Years with figures for the indicator' }),
    byGroup: z.array(
      z.object({
        group: z
          .enum(UN_GROUPS)
          .nullable()
          .meta({ description: 'UN regional group; null for observer States and codes in no group' }),
        countries: z.number().int(),
        total: BandSchema,
      }),
    ),
    byRegion: z.array(
      z.object({
        region: z.enum(M49_REGIONS).nullable().meta({
          description:
            'M49 region (UN Statistics Division): 002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania',
        }),
        countries: z.number().int(),
        total: BandSchema,
      }),
    ),
    comparison: z
      .object({
        headline: z.object({ lowT: z.number(), highT: z.number(), source: z.string() }),
        observed: BandSchema,
        parts: z.array(
          z.object({
            part: z.enum(DIFFERENCE_PARTS),
            value: BandSchema.nullable().meta({ description: 'Null: no sourced figure measures this part' }),
            basis: z.string().nullable(),
          }),
        ),
        unexplained: BandSchema.meta({ description: 'Headline minus every known part' }),
      })
      .meta({ description: 'The gap to the headline figure of about 50 Gt a year, decomposed' }),
  })
  .meta({ id: 'SandWorld' });

export const SandMapSchema = z
  .object({
    indicator: z.string(),
    year: z.number().int(),
    unit: z.string().meta({ description: 't, t/person or t/million US$' }),
    per: Per.nullable(),
    withoutDenominator: z
      .array(z.string())
      .meta({ description: 'Countries with a figure but no denominator for the year (left off)' }),
    years: z.array(z.number().int()).meta({ description: 'Years with figures for the indicator' }),
    items: z.array(
      z.object({
        iso3: z.string(),
        tier: Tier,
        sourceId: z.string(),
        ...BandFields,
        candidates: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'SandMap' });

export const SandExportSchema = z
  .object({
    indicator: z.string().nullable(),
    year: z.number().int().nullable(),
    units: z.record(z.string(), z.string()).meta({ description: 'Unit of each indicator' }),
    sources: z.array(SandSourceSchema),
    figures: z.array(SandValueSchema.extend({ headline: z.boolean() })),
  })
  .meta({ id: 'SandExport' });

export const CsvResponse = {
  description: 'CSV (RFC 4180, UTF-8 with a byte-order mark)',
  content: { 'text/csv': { schema: z.string() } },
};
export const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
