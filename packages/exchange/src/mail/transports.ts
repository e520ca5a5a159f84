import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { MailTransport } from '../service/ports.ts';

/**
 * Sends through an SMTP server given as a URL (`smtp://user:pass@host:587`, `smtps://…` for TLS).
 *
 * @example smtpTransport(process.env.SMTP_URL, 'strata@example.org')
 */
export function smtpTransport(url: string, from: string): MailTransport & { close(): void } {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(m) {
      await transporter.sendMail({
        from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        messageId: m.messageId,
      });
    },
    close: () => transporter.close(),
  };
}

/**
 * Without SMTP: each message is written as an `.eml` file in `dir` (under the data folder), named by
 * its message id, so writing it again replaces the same file instead of adding one.
 */
export function folderTransport(dir: string, from: string): MailTransport {
  return {
    async send(m) {
      await mkdir(dir, { recursive: true });
      const name = `${m.messageId.replace(/[^A-Za-z0-9.-]/g, '_')}.eml`;
      const headers = [`From: ${from}`, `To: ${m.to}`, `Subject: ${m.subject}`, `Message-ID: ${m.messageId}`];
      await writeFile(path.join(dir, name), `${headers.join('\r\n')}\r\n\r\n${m.text}`);
    },
  };
}

/** SMTP when `smtpUrl` is set, files under `dataDir/exchange-mail` otherwise. */
export function mailTransportFor(smtpUrl: string | undefined, dataDir: string, from: string): MailTransport {
  return smtpUrl ? smtpTransport(smtpUrl, from) : folderTransport(path.join(dataDir, 'exchange-mail'), from);
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
