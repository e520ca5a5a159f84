/**
 * Domain errors. Each maps to one HTTP status and one RFC 9457 problem type; the server
 * presents them, the CLI prints them with an exit code.
 */
export interface FieldIssue {
  /** Dotted path of the failing field, e.g. `body.email` or `row 12, column lat`. */
  path: string;
  message: string;
}

export class StrataError extends Error {
  readonly status: number;
  readonly type: string;
  readonly detailFields?: FieldIssue[];
  constructor(status: number, type: string, message: string, fields?: FieldIssue[]) {
    super(message);
    this.name = new.target.name;
    this.status = status;
    this.type = type;
    this.detailFields = fields;
  }
}

export class ValidationError extends StrataError {
  constructor(message: string, fields: FieldIssue[] = []) {
    super(400, 'validation', message, fields);
  }
}
export class UnauthenticatedError extends StrataError {
  constructor(message = 'Sign in to do this.') {
    super(401, 'unauthenticated', message);
  }
}
export class ForbiddenError extends StrataError {
  constructor(message = 'Your role does not allow this.') {
    super(403, 'forbidden', message);
  }
}
export class NotFoundError extends StrataError {
  constructor(what: string) {
    super(404, 'not-found', `${what} was not found.`);
  }
}
export class ConflictError extends StrataError {
  constructor(message: string) {
    super(409, 'conflict', message);
  }
}
export class PayloadTooLargeError extends StrataError {
  constructor(limitBytes: number, message?: string) {
    super(413, 'payload-too-large', message ?? `The request body is larger than ${limitBytes} bytes.`);
  }
}
export class UnsupportedMediaError extends StrataError {
  constructor(message: string) {
    super(415, 'unsupported-media-type', message);
  }
}
export class RateLimitedError extends StrataError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number, message?: string) {
    super(429, 'rate-limited', message ?? `Too many attempts. Try again in ${retryAfterSeconds} s.`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
