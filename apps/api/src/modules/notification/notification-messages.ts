import type { ContractAlertKind } from '@overblik/domain';

type Locale = 'da' | 'en';

const dateFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });

const titles: Record<Locale, Record<ContractAlertKind, string>> = {
  da: {
    RETENDER_DECISION_DUE: 'Genudbud: beslutning om {contract} senest {date}',
    NOTICE_DATE_APPROACHING: 'Opsigelse: {contract} skal opsiges senest {date}',
    EXPIRED_BUT_IN_USE: 'Udløbet: {contract} udløb {date}, men systemerne er stadig i brug',
  },
  en: {
    RETENDER_DECISION_DUE: 'Re-tender: decide on {contract} by {date}',
    NOTICE_DATE_APPROACHING: 'Notice: {contract} must be terminated by {date}',
    EXPIRED_BUT_IN_USE: 'Expired: {contract} ended on {date}, but its systems are still in use',
  },
};

const bodies: Record<Locale, Record<ContractAlertKind, string>> = {
  da: {
    RETENDER_DECISION_DUE:
      'Kontrakten med {supplier} kræver en beslutning om genudbud, så en afløser kan nå at blive udbudt og implementeret.',
    NOTICE_DATE_APPROACHING: 'Sidste frist for opsigelse af kontrakten med {supplier} nærmer sig.',
    EXPIRED_BUT_IN_USE: 'Kontrakten med {supplier} er udløbet, men dækker systemer, der stadig er i drift.',
  },
  en: {
    RETENDER_DECISION_DUE:
      'The contract with {supplier} needs a re-tender decision so a replacement can be procured and migrated to in time.',
    NOTICE_DATE_APPROACHING: 'The last day to give notice on the contract with {supplier} is approaching.',
    EXPIRED_BUT_IN_USE: 'The contract with {supplier} has expired but covers systems still in operation.',
  },
};

const unknownSupplier: Record<Locale, string> = { da: 'ukendt leverandør', en: 'an unknown supplier' };

/** A stored notice's kind when this file words it (the contract alerts), else null. */
export const contractNoticeKind = (kind: string): ContractAlertKind | null =>
  Object.hasOwn(titles.da, kind) ? (kind as ContractAlertKind) : null;

/**
 * The notice text in a language: stored and e-mailed in the recipient's saved language, and worded
 * again in the viewer's language when read (notification.service).
 */
export function contractNoticeText(
  locale: string,
  kind: ContractAlertKind,
  vars: { contract: string; supplier: string | null; dueDate: string },
) {
  const l: Locale = locale.startsWith('en') ? 'en' : 'da';
  const fill = (t: string) =>
    t
      .replace('{contract}', vars.contract)
      .replace('{supplier}', vars.supplier ?? unknownSupplier[l])
      .replace('{date}', dateFormat(l).format(new Date(`${vars.dueDate}T00:00:00Z`)));
  return { title: fill(titles[l][kind]), body: fill(bodies[l][kind]) };
}
