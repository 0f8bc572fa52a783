import { hasPermission } from '@overblik/domain';
import express, { type Request, type Response, type Router } from 'express';
import type { Viewer } from '../../context';
import type { Database } from '../../db/database';
import { DomainError, forbidden, unauthenticated } from '../../shared/errors';
import { pickLocale, translate } from '../../shared/messages';
import { organisationExportService } from './organisation-export.service';
import { organisationRestoreService } from './organisation-restore.service';

/** An export can be far larger than a GraphQL request (1 MB); a national organisation's is tens of MB. */
const RESTORE_LIMIT = '200mb';

const STATUS: Partial<Record<DomainError['code'], number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  VALIDATION_FAILED: 400,
};

/** A refusal shaped as GraphQL errors are (localised message and code), so the web app reads both alike. */
function refuse(req: Request, res: Response, error: DomainError) {
  const viewer = res.locals.viewer as Viewer | null;
  const locale = pickLocale(req.header('x-overblik-locale') ?? undefined, viewer?.locale);
  res.status(STATUS[error.code] ?? 400).json({
    errors: [
      { message: translate(locale, error.messageKey, error.params), extensions: { code: error.code } },
    ],
  });
}

/** A signed-in person (an API token is no person: ADR 0026). */
function person(res: Response): Viewer {
  const viewer = res.locals.viewer as Viewer | null;
  if (!viewer) throw unauthenticated();
  if (viewer.apiToken) throw forbidden();
  return viewer;
}

/**
 * Whole-organisation export and restore over HTTP (ADR 0035), beside /graphql because the
 * documents are files: a download for the organisation's administrators, an upload for
 * installation administrators. Expects the viewer identified and request limits applied.
 */
export function organisationExportRouter(db: Database): Router {
  const router = express.Router();

  /** The organisation a download names, when the person administers it. */
  const administered = (req: Request, res: Response) => {
    const viewer = person(res);
    const membership = viewer.memberships.find((m) => m.organisationId === req.params.organisationId);
    if (!membership || !hasPermission(membership.roles, 'organisation.admin')) throw forbidden();
    return membership.organisationId;
  };
  const attachment = (res: Response, slug: unknown, day: Date, extension: string) => {
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${String(slug)}-${day.toISOString().slice(0, 10)}.${extension}"`,
    );
    res.setHeader('Cache-Control', 'no-store');
  };

  router.get('/organisations/:organisationId/export.json', async (req, res, next) => {
    try {
      const document = await organisationExportService.exportOrganisation(db.prisma, administered(req, res));
      attachment(res, document.organisation.slug, new Date(document.exportedAt), 'json');
      res.type('application/json').send(JSON.stringify(document, null, 1));
    } catch (error) {
      if (error instanceof DomainError) refuse(req, res, error);
      else next(error);
    }
  });

  router.get('/organisations/:organisationId/export.xlsx', async (req, res, next) => {
    try {
      const workbook = await organisationExportService.exportWorkbook(db.prisma, administered(req, res));
      const { organisation, exportedAt } = workbook.document;
      attachment(res, organisation.slug, new Date(exportedAt), 'xlsx');
      res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      await workbook.write(res);
    } catch (error) {
      if (error instanceof DomainError) refuse(req, res, error);
      else next(error);
    }
  });

  // application/json only: a cross-site page cannot send it without a preflight this server never grants.
  router.post(
    '/restore',
    express.text({ type: 'application/json', limit: RESTORE_LIMIT }),
    async (req, res, next) => {
      try {
        const viewer = person(res);
        if (!viewer.installationAdmin) throw forbidden();
        let document: unknown;
        try {
          document = JSON.parse(typeof req.body === 'string' ? req.body : '');
        } catch {
          throw new DomainError('VALIDATION_FAILED', 'error.restore.notJson');
        }
        const restored = await organisationRestoreService.restore(
          db.prisma,
          {
            document,
            slug: String(req.query.slug ?? ''),
            name: req.query.name ? String(req.query.name) : null,
          },
          { viewer },
        );
        res.json({ organisation: restored.organisation });
      } catch (error) {
        if (error instanceof DomainError) refuse(req, res, error);
        else next(error);
      }
    },
  );

  return router;
}
