import { TestSamlIdentityProvider } from '../saml-identity-provider';
import { anOrganisation, startTestServer, type TestClient, type TestServer } from '../test-server';

/** The administrator uploads the identity provider's metadata; each way it can be unusable is named. */

const CREATE = `mutation($input: SignInProviderInput!) {
  createSignInProvider(kind: SAML, input: $input) { id saml { entityId ssoUrl } }
}`;

let server: TestServer;
let idp: TestSamlIdentityProvider;
let admin: TestClient;
let other: TestClient;

const input = (metadataXml: string) => ({
  name: 'Context Handler',
  allowedDomains: ['norddal.dk'],
  roleClaim: '',
  roleMapping: [],
  newUserRole: 'READER',
  saml: { metadataXml },
});

type Result = {
  errors?: { extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
};

async function refusal(client: TestClient, metadataXml: string) {
  const before = await server.db.prisma.signInProvider.count();
  const res = (await client.gql(CREATE, { input: input(metadataXml) })) as Result;
  expect(res.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  expect(await server.db.prisma.signInProvider.count()).toBe(before);
  return res.errors![0].extensions!.fields!.find((f) => f.field.endsWith('metadataXml'))?.message;
}

beforeAll(async () => {
  idp = await TestSamlIdentityProvider.start();
  server = await startTestServer();
  const norddal = await anOrganisation(server.db, 'norddal', { admin: ['ADMINISTRATOR'] });
  const soelund = await anOrganisation(server.db, 'soelund', { admin: ['ADMINISTRATOR'] });
  admin = await server.client().signIn(norddal.email('admin'));
  admin.organisationId = norddal.org.id;
  other = await server.client().signIn(soelund.email('admin'));
  other.organisationId = soelund.org.id;
});

afterAll(async () => {
  await server?.close();
  await idp?.close();
});

const metadata = () => idp.metadataXml();

it('accepts the identity provider metadata and keeps what it read', async () => {
  const res = await admin.gql<{
    createSignInProvider: { id: string; saml: { entityId: string; ssoUrl: string } };
  }>(CREATE, {
    input: input(metadata()),
  });
  expect(res.errors).toBeUndefined();
  expect(res.data!.createSignInProvider.saml).toEqual({ entityId: idp.entityId, ssoUrl: idp.ssoUrl });
  // Another organisation's administrator does not see it.
  const theirs = await other.gql<{ signInProviders: { id: string }[] }>('{ signInProviders { id } }');
  expect(theirs.data!.signInProviders.map((p) => p.id)).not.toContain(res.data!.createSignInProvider.id);
});

it('refuses what is not XML, in Danish and in English', async () => {
  expect(await refusal(admin, 'this is not xml <')).toMatch(/ikke gyldig XML/);
  admin.locale = 'en';
  try {
    expect(await refusal(admin, 'this is not xml <')).toMatch(/not valid XML/);
  } finally {
    admin.locale = 'da';
  }
});

it('refuses each kind of unusable metadata with its own message', async () => {
  const cases: [string, RegExp][] = [
    ['', /Skal udfyldes/],
    ['<note>hello</note>', /ikke SAML 2\.0-metadata/],
    [metadata().replace(/<md:IDPSSODescriptor[\s\S]*<\/md:IDPSSODescriptor>/, ''), /ingen identitetsudbyder/],
    [metadata().replace(/<md:KeyDescriptor[\s\S]*?<\/md:KeyDescriptor>/, ''), /intet signeringscertifikat/],
    [metadata().replace('HTTP-Redirect', 'HTTP-POST'), /HTTP-Redirect/],
    [
      metadata().replace(/Location="http:\/\/127\.0\.0\.1/, 'Location="http://idp.example.dk'),
      /https-adresse/,
    ],
    [
      metadata().replace(/<ds:X509Certificate>[^<]*/, '<ds:X509Certificate>bm90IGEgY2VydGlmaWNhdGU='),
      /kan ikke læses/,
    ],
    [`<!DOCTYPE x [<!ENTITY e "e">]>${metadata().replace(/^<\?xml[^>]*>/, '')}`, /ikke gyldig XML/],
    [`${metadata()}<!--${'x'.repeat(300 * 1024)}-->`, /højst fylde 256 KB/],
  ];
  for (const [xml, message] of cases) expect(await refusal(admin, xml)).toMatch(message);
});
