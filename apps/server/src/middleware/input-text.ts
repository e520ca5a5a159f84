import { unstorableTextIssues, ValidationError } from '@strata/core';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Text fields and file names of a multipart form that cannot be stored (an unreadable form is left to the route). */
async function formIssues(request: Request): Promise<{ path: string; message: string }[]> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return [];
  }
  const issues: { path: string; message: string }[] = [];
  for (const [key, value] of form.entries()) {
    const text = typeof value === 'string' ? value : value.name;
    issues.push(...unstorableTextIssues({ [key]: text }, 'form'));
  }
  return issues;
}

/**
 * Refuses, with 400 naming the field, text no database can store: a NUL character or a lone
 * surrogate in the path, in any query parameter, in any string (or key) of a JSON body, or in a text
 * field or file name of a multipart form. Runs
 * before the routes' validators, so such input never reaches a query and never becomes a 500.
 */
export function rejectUnstorableText() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const issues = unstorableTextIssues(decodedPath(c.req.path), 'path');
    for (const [key, values] of Object.entries(c.req.queries())) {
      issues.push(...unstorableTextIssues({ [key]: values.length === 1 ? values[0] : values }, 'query'));
    }
    if (JSON_TYPE.test(c.req.header('content-type') ?? '') && c.req.raw.body) {
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        body = undefined; // malformed JSON: the route's validator answers 400 malformed-json
      }
      issues.push(...unstorableTextIssues(body, 'json'));
    } else if (/^multipart\/form-data\b/i.test(c.req.header('content-type') ?? '') && c.req.raw.body) {
      issues.push(...(await formIssues(c.req.raw.clone())));
    }
    if (issues.length > 0) {
      throw new ValidationError('The request contains text that cannot be stored.', issues);
    }
    await next();
  });
}
