import type { RequestHandler } from 'express';
import { Kind, parse } from 'graphql';
import { pickLocale, translate } from '../../shared/messages';
import { MAX_FILE_BYTES } from './kitos-workbook';

/** The path that takes a workbook: /graphql's own chain with a body big enough for one base64 file. */
export const IMPORT_PATH = '/graphql-import';
/** Base64 is 4/3 of the file, plus the query text and JSON around it. */
export const IMPORT_BODY_BYTES = Math.ceil(MAX_FILE_BYTES / 3) * 4 + 64 * 1024;

const localeOf = (req: Parameters<RequestHandler>[0]) =>
  pickLocale(req.header('x-overblik-locale') ?? req.header('accept-language') ?? undefined);

/**
 * Before the body is read: a body announced larger than one allowed file is refused with the
 * importer's own message (a 50 MB workbook is a clear "too large", not a generic 413).
 */
export const refuseOversizedUpload: RequestHandler = (req, res, next) => {
  if (Number(req.header('content-length') ?? 0) <= IMPORT_BODY_BYTES) return next();
  res.status(413).json({
    errors: [
      {
        message: translate(localeOf(req), 'import.file.tooLarge', { maxMb: MAX_FILE_BYTES / 1024 / 1024 }),
        extensions: { code: 'PAYLOAD_TOO_LARGE' },
      },
    ],
  });
};

/**
 * After the body is read: only the import mutation may use the big body, so every other operation
 * keeps /graphql's 1 MB limit.
 */
export const onlyImportOperations: RequestHandler = (req, res, next) => {
  const query = (req.body as { query?: unknown } | undefined)?.query;
  let allowed = false;
  try {
    const document = parse(typeof query === 'string' ? query : '', { maxTokens: 500 });
    allowed = document.definitions.every(
      (d) =>
        d.kind === Kind.OPERATION_DEFINITION &&
        d.operation === 'mutation' &&
        d.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value === 'importKitos'),
    );
  } catch {
    allowed = false;
  }
  if (allowed) return next();
  res.status(400).json({
    errors: [
      { message: translate(localeOf(req), 'error.importPathOnly'), extensions: { code: 'BAD_REQUEST' } },
    ],
  });
};
