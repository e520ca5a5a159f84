import { createHash } from 'node:crypto';
import { PayloadTooLargeError, UnsupportedMediaError } from '../errors.ts';
import { listZipEntries, readZipEntry } from './zip.ts';

/** The file types an upload (a submission, a meeting document, an attachment) may be. */
export const UPLOAD_FILE_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type UploadFileKind = keyof typeof UPLOAD_FILE_TYPES;

/** Largest accepted upload: 10 MB (10 × 1024 × 1024 bytes). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** What the bytes are, judged from content only. */
export interface SniffResult {
  kind: UploadFileKind;
  mediaType: string;
  extension: string;
}

const PDF_MAGIC = '%PDF-';

/**
 * Detects PDF, DOCX or XLSX from the bytes, never from the file name. PDF: the `%PDF-` header (ISO
 * 32000-1 §7.5.2; readers accept it within the first 1024 bytes). DOCX/XLSX (ECMA-376 Part 2, Open
 * Packaging Conventions): a ZIP with `[Content_Types].xml` and the main part `word/document.xml` or
 * `xl/workbook.xml`, whose content-type declaration names the matching main content type.
 * Returns null for anything else (an ODT, a plain ZIP, an executable renamed to .pdf).
 *
 * @example sniffFileType(bytes)?.kind === 'pdf'
 */
export function sniffFileType(bytes: Uint8Array): SniffResult | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes(PDF_MAGIC)) return { kind: 'pdf', mediaType: UPLOAD_FILE_TYPES.pdf, extension: 'pdf' };
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04)
    return null;
  const entries = listZipEntries(bytes);
  if (!entries) return null;
  const names = new Set(entries.map((e) => e.name));
  const types = entries.find((e) => e.name === '[Content_Types].xml');
  if (!types) return null;
  const xmlBytes = readZipEntry(bytes, types);
  const xml = xmlBytes ? new TextDecoder().decode(xmlBytes) : '';
  if (names.has('word/document.xml') && xml.includes('wordprocessingml.document.main+xml'))
    return { kind: 'docx', mediaType: UPLOAD_FILE_TYPES.docx, extension: 'docx' };
  if (names.has('xl/workbook.xml') && xml.includes('spreadsheetml.sheet.main+xml'))
    return { kind: 'xlsx', mediaType: UPLOAD_FILE_TYPES.xlsx, extension: 'xlsx' };
  return null;
}

/** SHA-256 of the bytes, lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** An upload that passed {@link checkUpload}: its type judged from content, its digest and a safe name. */
export interface CheckedUpload {
  type: SniffResult;
  sha256: string;
  sizeBytes: number;
  /** The given name with anything but letters, digits, `._ -` replaced, at most 200 characters. */
  safeName: string;
  bytes: Uint8Array;
}

/**
 * The upload rules every module applies: at most {@link MAX_UPLOAD_BYTES} (413 otherwise), a PDF, DOCX
 * or XLSX judged from the bytes (415 otherwise), SHA-256 computed for storage.
 *
 * @example const f = checkUpload({ name: 'report.pdf', bytes }); // f.sha256, f.type.mediaType
 */
export function checkUpload(file: { name: string; bytes: Uint8Array }, fallbackName = 'file'): CheckedUpload {
  if (file.bytes.length > MAX_UPLOAD_BYTES) throw new PayloadTooLargeError(MAX_UPLOAD_BYTES);
  const type = sniffFileType(file.bytes);
  if (!type)
    throw new UnsupportedMediaError(
      `${file.name} is not a PDF, DOCX or XLSX file (judged from its content).`,
    );
  return {
    type,
    sha256: sha256Hex(file.bytes),
    sizeBytes: file.bytes.length,
    safeName:
      file.name.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 200) || `${fallbackName}.${type.extension}`,
    bytes: file.bytes,
  };
}
