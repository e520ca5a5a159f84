import type { z } from '@hono/zod-openapi';
import type {
  AisJobSchema,
  BandSchema,
  CountryPanelSchema,
  CountryRowSchema,
  DatasetRefSchema,
  DatasetSchema,
  EventSchema,
  HexCellSchema,
  SeriesRowSchema,
  VesselPageSchema,
  VesselRowSchema,
} from './schemas.ts';

/** The dredging watch's API answers, as the web app reads them. */
export type DredgingBand = z.infer<typeof BandSchema>;
export type DredgingDatasetRef = z.infer<typeof DatasetRefSchema>;
export type DredgingDataset = z.infer<typeof DatasetSchema>;
export type DredgingEventItem = z.infer<typeof EventSchema>;
export type DredgingHexCell = z.infer<typeof HexCellSchema>;
export type DredgingCountryRow = z.infer<typeof CountryRowSchema>;
export type DredgingCountryPanel = z.infer<typeof CountryPanelSchema>;
export type DredgingVesselRow = z.infer<typeof VesselRowSchema>;
export type DredgingVesselPage = z.infer<typeof VesselPageSchema>;
export type DredgingCycle = DredgingVesselPage['cycles'][number];
export type DredgingSeriesRow = z.infer<typeof SeriesRowSchema>;
export type DredgingAisJob = z.infer<typeof AisJobSchema>;
