import type { Locale } from '../../shared/messages';
import { smtpMailer } from '../notification/notification.mailer';

export type AccountMailKind = 'invite' | 'passwordReset';

const texts: Record<Locale, Record<AccountMailKind, { subject: string; body: string }>> = {
  da: {
    invite: {
      subject: 'Du er inviteret til {organisation} i Overblik',
      body: 'Du er inviteret til {organisation} i Overblik.\n\nÅbn linket for at vælge din adgangskode (linket kan bruges én gang):\n{link}\n',
    },
    passwordReset: {
      subject: 'Nulstil din adgangskode til Overblik',
      body: 'Nogen (forhåbentlig dig) har bedt om at nulstille din adgangskode til Overblik.\n\nÅbn linket inden for en time for at vælge en ny (linket kan bruges én gang):\n{link}\n\nHar du ikke bedt om det, kan du se bort fra denne mail.\n',
    },
  },
  en: {
    invite: {
      subject: 'You are invited to {organisation} in Overblik',
      body: 'You are invited to {organisation} in Overblik.\n\nOpen the link to choose your password (the link works once):\n{link}\n',
    },
    passwordReset: {
      subject: 'Reset your Overblik password',
      body: 'Someone (hopefully you) asked to reset your Overblik password.\n\nOpen the link within an hour to choose a new one (the link works once):\n{link}\n\nIf you did not ask for this, ignore this e-mail.\n',
    },
  },
};

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/**
 * Sends one account e-mail through the SMTP server the alerts use. Returns false without SMTP, so
 * the caller shows the link to the administrator instead.
 */
export async function sendAccountMail(
  smtpUrl: string | null,
  mail: { to: string; locale: string; kind: AccountMailKind; link: string; organisation?: string },
): Promise<boolean> {
  if (!smtpUrl) return false;
  const text = texts[mail.locale === 'en' ? 'en' : 'da'][mail.kind];
  const values = { link: mail.link, organisation: mail.organisation ?? '' };
  const mailer = smtpMailer(smtpUrl);
  try {
    await mailer.send({ to: mail.to, subject: fill(text.subject, values), text: fill(text.body, values) });
  } finally {
    mailer.close();
  }
  return true;
}
