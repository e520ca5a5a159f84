/**
 * `@strata/ais` — AIS NMEA 0183 (AIVDM/AIVDO) decoding engine: all 27 message types with gpsd's field
 * semantics, streaming and columnar fast paths, parallel decoding over worker threads, and a small encoder.
 */

export {
  type ColumnarDecoder,
  type ColumnarOptions,
  createColumnarDecoder,
  createPositionBatch,
  decodeFileColumnar,
  decodeStreamColumnar,
  type PositionBatch,
} from './columnar.ts';
export { type AisDecoder, createDecoder, decodeLines } from './decoder.ts';
export {
  type EncodeOptions,
  encodeFields,
  encodePositionReport,
  encodeStaticVoyage,
  nmeaChecksum,
  type PositionReportFields,
  type StaticVoyageFields,
} from './encode.ts';
export { createGpsdByteWriter, JsonLineBuffer } from './gpsd-bytes.ts';
export { createGpsdFastDecoder, decodeStreamToGpsd, type GpsdFastDecoder } from './gpsd-fast.ts';
export { createGpsdWriter, type GpsdWriter, gpsdTurn, toGpsdJson } from './gpsd-json.ts';
export { epfdText, navaidTypeText, navStatusText, shipTypeText, stationTypeText } from './legends.ts';
export { LineSplitter, MAX_LINE_BYTES } from './lines.ts';
export { decodeFileParallel, type ParallelOptions } from './parallel.ts';
export {
  decodeFile,
  decodeStream,
  type MessageStream,
  readFileChunks,
  type StreamOptions,
} from './stream.ts';
export { CSV_COLUMNS, csvHeader, toCsvRow, toTidyJson } from './tidy.ts';
export {
  AisChecksumError,
  type DecodedMessage,
  type DecodeOptions,
  type DecodeStats,
  emptyStats,
  type FieldValue,
  isPositionReport,
  isStaticVoyageData,
  mergeStats,
  type PositionFields,
  REJECT_REASONS,
  type Rejection,
  type RejectReason,
  type StaticVoyageDataFields,
} from './types.ts';
