import { z } from '@hono/zod-openapi';
import { ValidationError } from '@strata/core';

/** A multipart file field, as OpenAPI shows it (the upload rules are core's `checkUpload`). */
export const FileField = z
  .any()
  .meta({ type: 'string', format: 'binary', description: 'PDF, DOCX or XLSX; ≤ 10 MB' });

/** The 200 response of a file download. */
export const FILE_RESPONSE = {
  200: {
    description: 'The file',
    content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
  },
};

/** The file of a multipart field, or a 400 naming the field. */
export async function formFile(
  value: unknown,
  path = 'form.file',
): Promise<{ name: string; bytes: Uint8Array }> {
  if (!(value instanceof File))
    throw new ValidationError('Send one file in the field "file".', [{ path, message: 'not a file' }]);
  return { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) };
}

/**
 * A stored file as a download: its bytes, and headers giving its media type, its name (ASCII and UTF-8
 * forms) and its SHA-256 as the ETag. Routes answer `c.body(d.body, 200, d.headers)`.
 */
export function fileDownload(f: { name: string; mediaType: string; sha256: string; bytes: Uint8Array }) {
  const ascii = f.name.replace(/[^\x20-\x7e]/g, '_').replaceAll('"', '');
  return {
    body: f.bytes.buffer.slice(f.bytes.byteOffset, f.bytes.byteOffset + f.bytes.byteLength) as ArrayBuffer,
    headers: {
      'content-type': f.mediaType,
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.name)}`,
      etag: `"sha256-${f.sha256}"`,
      'x-content-type-options': 'nosniff',
    },
  };
}
