import type { z } from '@hono/zod-openapi';
import type {
  AttachmentSchema,
  CaseDetailSchema,
  CaseSchema,
  DuplicateReportSchema,
  MatchSchema,
  ModerationSchema,
  NeedSchema,
  NotificationSchema,
  OfferSchema,
  ReplySchema,
  SearchHitSchema,
  SettingsSchema,
  SpaceSchema,
  ThreadLinksSchema,
  ThreadSchema,
} from './schemas.ts';

export type ExchangeAttachment = z.infer<typeof AttachmentSchema>;
export type ExchangeSpace = z.infer<typeof SpaceSchema>;
export type ExchangeThread = z.infer<typeof ThreadSchema>;
export type ExchangeReply = z.infer<typeof ReplySchema>;
export type ExchangeModeration = z.infer<typeof ModerationSchema>;
export type ExchangeCase = z.infer<typeof CaseSchema>;
export type ExchangeCaseDetail = z.infer<typeof CaseDetailSchema>;
export type ExchangeNeed = z.infer<typeof NeedSchema>;
export type ExchangeOffer = z.infer<typeof OfferSchema>;
export type ExchangeMatch = z.infer<typeof MatchSchema>;
export type ExchangeDuplicateReport = z.infer<typeof DuplicateReportSchema>;
export type ExchangeSearchHit = z.infer<typeof SearchHitSchema>;
export type ExchangeNotification = z.infer<typeof NotificationSchema>;
export type ExchangeSettings = z.infer<typeof SettingsSchema>;
export type ExchangeThreadLinks = z.infer<typeof ThreadLinksSchema>;
