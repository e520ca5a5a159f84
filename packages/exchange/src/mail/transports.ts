import path from 'node:path';
import { mailTransportFor as platformTransportFor } from '@strata/platform';
import type { MailTransport } from '../service/ports.ts';

export { folderTransport, smtpTransport } from '@strata/platform';

/** SMTP when `smtpUrl` is set, files under `dataDir/exchange-mail` otherwise. */
export function mailTransportFor(smtpUrl: string | undefined, dataDir: string, from: string): MailTransport {
  return platformTransportFor(smtpUrl, path.join(dataDir, 'exchange-mail'), from);
}
