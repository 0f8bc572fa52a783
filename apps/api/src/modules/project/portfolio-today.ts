const copenhagenDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });

/** Today as a calendar day in Copenhagen: report ages and re-tender windows are Danish days. */
export const portfolioToday = (): string => copenhagenDay.format(new Date());
