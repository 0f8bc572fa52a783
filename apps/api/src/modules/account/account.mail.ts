import type { Locale } from '../../shared/messages';
import { smtpMailer } from '../notification/notification.mailer';

export type AccountMailKind = 'invite' | 'passwordReset' | 'signInBlocked';

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
    signInBlocked: {
      subject: 'Log ind på din Overblik-konto er spærret i 15 minutter',
      body: 'Der har været 10 mislykkede forsøg på at logge ind på din Overblik-konto inden for 15 minutter, så log ind på kontoen er spærret de næste 15 minutter – også med den rigtige adgangskode.\n\nVar det ikke dig, kan nogen forsøge at gætte din adgangskode. Vælg en ny her:\n{link}\n',
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
    signInBlocked: {
      subject: 'Sign-in to your Overblik account is blocked for 15 minutes',
      body: 'There were 10 failed attempts to sign in to your Overblik account within 15 minutes, so signing in to the account is blocked for the next 15 minutes, even with the right password.\n\nIf this was not you, someone may be guessing your password. Choose a new one here:\n{link}\n',
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
