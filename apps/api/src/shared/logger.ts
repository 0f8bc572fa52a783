import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * The server's structured log (ADR 0030): JSON lines in production, for a log collector; readable
 * lines through pino-pretty in development (a dev dependency, loaded by name in pino's worker only
 * there). Tests stay quiet unless LOG_LEVEL asks, or pass a destination to read the lines.
 */
export function createLogger(
  options: { production: boolean; level?: string; destination?: DestinationStream } = {
    production: process.env.NODE_ENV === 'production',
  },
): Logger {
  const level =
    options.level ?? process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info');
  const base = { level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime };
  if (options.destination) return pino(base, options.destination);
  if (options.production || process.env.NODE_ENV === 'test') return pino(base);
  return pino({
    ...base,
    transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } },
  });
}

let shared: Logger | null = null;

/** The process's logger for code that runs outside a request's reach (background e-mail, jobs). */
export function serverLog(): Logger {
  shared ??= createLogger();
  return shared;
}
