import { DateTimeISOResolver, LocalDateResolver, UUIDResolver } from 'graphql-scalars';

/** Calendar dates ('2027-03-31') travel as strings, matching the domain's IsoDate. */
export const LocalDate = LocalDateResolver;
export const DateTime = DateTimeISOResolver;
export const UUID = UUIDResolver;

/** Prisma `@db.Date` values are UTC-midnight Dates; the API speaks ISO calendar dates. */
export const isoDate = (d: Date | null | undefined): string | null =>
  d ? d.toISOString().slice(0, 10) : null;
export const toDbDate = (d: string | null | undefined): Date | null | undefined =>
  d === undefined ? undefined : d === null ? null : new Date(`${d}T00:00:00Z`);
/** Prisma Decimal (or null) as a JS number for the API. */
export const num = (d: { toString(): string } | number | null | undefined): number | null =>
  d == null ? null : Number(d.toString());
