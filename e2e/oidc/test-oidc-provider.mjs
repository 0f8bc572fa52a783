// A real OpenID Connect provider (oidc-provider) on localhost for the API tests and browser journeys
// (ADR 0027). Run it as its own process: `node e2e/oidc/test-oidc-provider.mjs [port]`; it prints
// `ready <issuer>` on stdout. Its development login form accepts any password; the login names an
// account below. Test-only controls (never part of a real provider):
//   POST /__test/accounts { login: { email, name, groups } }  set or change an account's claims
//   POST /__test/id-token { mode }  the next id tokens are re-signed with the provider's own key but
//     'wrong-audience' | 'expired' | 'wrong-nonce' | 'wrong-issuer'; 'real' switches back.
// Clients that always misbehave, so browser journeys running side by side need no switch: tokens for
// `overblik-wrong-audience` name another audience, those for `overblik-expired` expired an hour ago
// (as from a provider whose clock is off). Both have the same secret and redirect URIs as `overblik`.
import { generateKeyPair, exportJWK, decodeJwt, SignJWT } from 'jose';
// @ts-expect-error oidc-provider ships no type declarations (the test script only).
import Provider from 'oidc-provider';

const port = Number(process.argv[2] ?? 0);

/**
 * The id token mode of the clients that always misbehave; other clients follow `idTokenMode`.
 * @type {Record<string, string>}
 */
const MISBEHAVING_CLIENTS = { 'overblik-wrong-audience': 'wrong-audience', 'overblik-expired': 'expired' };

/** Clients registered at the provider: Overblik's (secret `overblik-secret`) and the misbehaving ones. */
const CLIENTS = ['overblik', ...Object.keys(MISBEHAVING_CLIENTS)].map((clientId) => ({
  client_id: clientId,
  client_secret: 'overblik-secret',
  redirect_uris: (process.env.OIDC_REDIRECT_URIS ?? '').split(',').filter(Boolean),
  token_endpoint_auth_method: 'client_secret_post',
}));

const accounts = new Map([
  ['anna', { email: 'anna@norddal.test', name: 'Anna Andersen', groups: ['overblik-admins'] }],
  ['bo', { email: 'bo@norddal.test', name: 'Bo Bech', groups: ['overblik-readers'] }],
  ['eve', { email: 'eve@elsewhere.test', name: 'Eve Evil', groups: ['overblik-admins'] }],
]);
let idTokenMode = 'real';

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };

const server = (await import('node:http')).createServer();
await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
const issuer = `http://localhost:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;

const provider = new Provider(issuer, {
  clients: CLIENTS,
  jwks: { keys: [jwk] },
  pkce: { required: () => true },
  // Id tokens carry the claims (no userinfo call needed), as Entra ID's do.
  conformIdTokenClaims: false,
  claims: { openid: ['sub'], email: ['email'], profile: ['name', 'groups'] },
  findAccount: (/** @type {unknown} */ _ctx, /** @type {string} */ id) => {
    const account = accounts.get(id);
    if (!account) return undefined;
    return { accountId: id, claims: () => ({ sub: id, ...account }) };
  },
  // No consent screen: the test provider grants what Overblik asks for.
  loadExistingGrant: async (/** @type {any} */ ctx) => {
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    grant.addOIDCClaims(['email', 'name', 'groups']);
    await grant.save();
    return grant;
  },
  features: { devInteractions: { enabled: true } },
  ttl: { IdToken: 600 },
});
provider.proxy = true;

/** @param {import('node:http').IncomingMessage} req */
async function readJson(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return JSON.parse(body || '{}');
}

/**
 * Re-signs the id token the provider issued, with its own key, changed as the mode asks.
 * @param {string} idToken
 * @param {string} mode
 */
async function tamper(idToken, mode) {
  const claims = decodeJwt(idToken);
  const now = Math.floor(Date.now() / 1000);
  const changed = {
    'wrong-audience': { aud: 'another-client' },
    expired: { iat: now - 7200, exp: now - 3600 },
    'wrong-nonce': { nonce: 'not-the-nonce-overblik-sent' },
    'wrong-issuer': { iss: 'http://localhost:1/' },
  }[mode];
  return new SignJWT({ ...claims, ...changed })
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
    .sign(privateKey);
}

provider.use(async (/** @type {any} */ ctx, /** @type {() => Promise<void>} */ next) => {
  await next();
  if (ctx.path !== '/token' || !ctx.body || !ctx.body.id_token) return;
  /** @type {string} */
  const mode = MISBEHAVING_CLIENTS[ctx.oidc?.client?.clientId] ?? idTokenMode;
  if (mode !== 'real') ctx.body = { ...ctx.body, id_token: await tamper(ctx.body.id_token, mode) };
});

const callback = provider.callback();
server.on('request', async (req, res) => {
  if (req.method === 'POST' && req.url === '/__test/accounts') {
    for (const [login, account] of Object.entries(await readJson(req))) accounts.set(login, account);
    res.end('ok');
  } else if (req.method === 'POST' && req.url === '/__test/id-token') {
    idTokenMode = (await readJson(req)).mode;
    res.end('ok');
  } else {
    callback(req, res);
  }
});

console.log(`ready ${issuer}`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
