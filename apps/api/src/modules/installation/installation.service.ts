import { newOrganisationSchema, organisationSlug } from '@overblik/domain';
import type { Context } from '../../context';
import type { Db, Tx } from '../../db/handles';
import { requireViewer } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { forbidden } from '../../shared/errors';
import { validate } from '../../shared/validation';
import { inTransaction } from '../../shared/versioned';
import { sendAccountMail } from '../account/account.mail';
import { issueLink } from '../account/one-time-link';
import { installationRepository as repo } from './installation.repository';

/** Unchecked input; `newOrganisationSchema` validates it before anything is written. */
export interface NewOrganisation {
  name: string;
  cvr: string;
  type: string;
  adminEmail: string;
}

/** A slug no organisation has yet: the name's, else with -2, -3, … */
async function freeSlug(tx: Tx, name: string) {
  const base = organisationSlug(name);
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await repo.slugTaken(tx, slug))) return slug;
  }
}

/**
 * Creates an organisation and invites the e-mail's person as its administrator: a new person gets
 * no password, and the returned link lets them choose one (or confirm the one they have).
 */
async function createOrganisationWithAdmin(
  tx: Tx,
  actor: Pick<Context, 'viewer'>,
  input: NewOrganisation,
  link: { purpose: 'INVITE' | 'FIRST_SIGN_IN'; publicUrl: string; installationAdmin: boolean },
) {
  const data = validate(newOrganisationSchema, {
    ...input,
    name: input.name.trim(),
    adminEmail: input.adminEmail.trim().toLowerCase(),
  });
  const organisation = await repo.createOrganisation(tx, {
    name: data.name,
    slug: await freeSlug(tx, data.name),
    cvr: data.cvr,
    type: data.type,
  });
  const existing = await repo.userByEmail(tx, data.adminEmail);
  const user =
    existing ??
    (await repo.createUser(tx, {
      email: data.adminEmail,
      // The person gives their real name when they open the link.
      name: data.adminEmail,
      installationAdmin: link.installationAdmin,
    }));
  const membership = await repo.createAdministrator(tx, user.id, organisation.id);
  await writeAudit(tx, actor, {
    organisationId: organisation.id,
    action: 'CREATE',
    entityType: 'Organisation',
    entityId: organisation.id,
    after: { ...organisation, administrator: data.adminEmail },
  });
  await writeAudit(tx, actor, {
    organisationId: organisation.id,
    action: 'CREATE',
    entityType: 'Membership',
    entityId: membership.id,
    after: membership,
  });
  const url = await issueLink(
    tx,
    link.purpose,
    { userId: user.id, organisationId: organisation.id },
    link.publicUrl,
  );
  return { organisation, email: data.adminEmail, locale: user.locale, link: url };
}

export class InstallationAlreadyInitialised extends Error {
  constructor() {
    super(
      'This installation already has organisations; `overblik init` only sets up an empty one. ' +
        'An installation administrator creates further organisations under Administration in the app.',
    );
  }
}

export const installationService = {
  /**
   * `pnpm overblik init`: the first organisation and its administrator, who becomes installation
   * administrator. `requireEmpty: false` is for the browser journeys' fixture route only, which runs
   * init beside other journeys' organisations (seed/e2e-fixtures.route.ts).
   */
  async init(db: Db, input: NewOrganisation, publicUrl: string, { requireEmpty = true } = {}) {
    return db.$transaction(async (tx) => {
      if (requireEmpty && (await repo.organisationCount(tx)) > 0) throw new InstallationAlreadyInitialised();
      return createOrganisationWithAdmin(tx, { viewer: null }, input, {
        purpose: 'FIRST_SIGN_IN',
        publicUrl,
        installationAdmin: true,
      });
    });
  },

  /** The installation's organisations, for its administrators (who may create more). */
  organisations(ctx: Context) {
    if (!requireViewer(ctx).installationAdmin) throw forbidden();
    return repo.organisations(ctx.prisma);
  },

  /** An installation administrator creates a further organisation; its administrator is e-mailed or the link shown. */
  async createOrganisation(ctx: Context, input: NewOrganisation) {
    if (!requireViewer(ctx).installationAdmin) throw forbidden();
    const created = await inTransaction(ctx, (tx) =>
      createOrganisationWithAdmin(tx, ctx, input, {
        purpose: 'INVITE',
        publicUrl: ctx.publicUrl,
        installationAdmin: false,
      }),
    );
    const emailed = await sendAccountMail(ctx.smtpUrl, {
      to: created.email,
      locale: created.locale,
      kind: 'invite',
      link: created.link,
      organisation: created.organisation.name,
    });
    // Shown only when it could not be e-mailed; an e-mailed link stays in the person's inbox.
    return { organisation: created.organisation, emailed, inviteLink: emailed ? null : created.link };
  },
};
