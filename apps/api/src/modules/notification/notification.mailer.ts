import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail through the SMTP server in the URL (smtp://user:pass@host:port). One transport per run. */
export function smtpMailer(smtpUrl: string, from = 'Overblik <noreply@overblik.local>') {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: (mail: OutgoingMail) => transport.sendMail({ from, ...mail }),
    close: () => transport.close(),
  };
}
