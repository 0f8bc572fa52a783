/**
 * A unique-constraint violation, whichever way it arrives: Prisma's P2002, or (through driver
 * adapters) the PostgreSQL SQLSTATE 23505 on the error's cause.
 */
export function isUniqueViolation(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const err = e as { code?: string; cause?: { code?: string } };
  return err.code === 'P2002' || err.cause?.code === '23505';
}
