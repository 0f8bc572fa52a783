import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** The test OpenID Connect provider (test-oidc-provider.mjs) in its own process, for jest and Playwright. */
export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /**
   * Clients (same secret) whose id tokens always carry another audience, or expired an hour ago:
   * for journeys that run side by side with others on the same provider.
   */
  misbehavingClientIds: { wrongAudience: string; expired: string };
  /** Sets or changes an account's claims (login → e-mail, name, groups). */
  setAccount(login: string, account: { email: string; name: string; groups: string[] }): Promise<void>;
  /** Makes the next id tokens wrong in one way, re-signed with the provider's own key; 'real' switches back. */
  setIdTokenMode(mode: 'real' | 'wrong-audience' | 'expired' | 'wrong-nonce' | 'wrong-issuer'): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestOidcProvider(redirectUris: string[]): Promise<TestOidcProvider> {
  const script = path.join(__dirname, 'test-oidc-provider.mjs');
  const child: ChildProcess = spawn(process.execPath, [script, '0'], {
    env: { ...process.env, NODE_OPTIONS: '', OIDC_REDIRECT_URIS: redirectUris.join(',') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`test OIDC provider exited (${code})`)));
  });
  const post = async (route: string, body: unknown) => {
    const res = await fetch(`${issuer}${route}`, { method: 'POST', body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`test OIDC provider ${route}: ${res.status}`);
  };
  return {
    issuer,
    clientId: 'overblik',
    clientSecret: 'overblik-secret',
    misbehavingClientIds: { wrongAudience: 'overblik-wrong-audience', expired: 'overblik-expired' },
    setAccount: (login, account) => post('/__test/accounts', { [login]: account }),
    setIdTokenMode: (mode) => post('/__test/id-token', { mode }),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
