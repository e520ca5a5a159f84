import path from 'node:path';
import { mailTransportFor as platformTransportFor } from '@strata/platform';
import type { MailTransport } from '../service/ports.ts';

export { folderTransport, smtpTransport } from '@strata/platform';

/** SMTP when `smtpUrl` is set, files under `dataDir/exchange-mail` otherwise. */
export function mailTransportFor(smtpUrl: string | undefined, dataDir: string, from: string): MailTransport {
  return platformTransportFor(smtpUrl, path.join(dataDir, 'exchange-mail'), from);
}

/**
 * The transport the environment asks for: SMTP when `SMTP_URL` is set, files under the data folder
 * otherwise; sent from `STRATA_MAIL_FROM` (default `strata@localhost`). Used by the server's sender and
 * by `strata exchange send-mail`.
 */
export function mailTransportFromEnv(
  env: Record<string, string | undefined>,
  dataDir: string,
): MailTransport & { close?(): void } {
  return mailTransportFor(env.SMTP_URL, dataDir, env.STRATA_MAIL_FROM ?? 'strata@localhost');
}
