/**
 * Search text as Prisma's `contains` / `startsWith` need it: Prisma hands the text to PostgreSQL's
 * LIKE without escaping, so a `%` or `_` typed by a user would match anything. Backslash is LIKE's
 * escape character; escaping it first keeps a typed backslash literal too.
 */
export const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, '\\$&');
