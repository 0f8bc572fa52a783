/**
 * A minimal browser over HTTP for the OIDC tests: keeps cookies per host, follows redirects one by
 * one (so a test can stop at the callback), and fills the test provider's login form.
 */
export class OidcBrowser {
  private jars = new Map<string, Map<string, string>>();

  cookie(url: string, name: string): string | undefined {
    return this.jars.get(new URL(url).host)?.get(name);
  }

  cookieHeader(url: string): string {
    return [...(this.jars.get(new URL(url).host) ?? new Map<string, string>())]
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        cookie: this.cookieHeader(url),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    const jar = this.jars.get(new URL(url).host) ?? new Map<string, string>();
    this.jars.set(new URL(url).host, jar);
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      const expired = attributes.some((a) => /expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) jar.delete(name.trim());
      else jar.set(name.trim(), value);
    }
    const location = res.headers.get('location');
    return {
      status: res.status,
      location: location ? new URL(location, url).href : null,
      text: () => res.text(),
    };
  }

  /** Follows redirects until `stop` says so (or there are none); returns the last response's URL and answer. */
  async follow(url: string, stop: (next: string) => boolean = () => false) {
    let current = url;
    for (let hops = 0; hops < 15; hops++) {
      const res = await this.request(current);
      if (!res.location || stop(res.location)) return { url: current, res };
      current = res.location;
    }
    throw new Error('too many redirects');
  }
}

/**
 * Starts a sign-in at Overblik, logs in at the test provider as `login`, and stops before the
 * callback: returns the callback URL the provider sent the browser to.
 */
export async function loginAtProvider(browser: OidcBrowser, startUrl: string, issuer: string, login: string) {
  const toForm = await browser.follow(startUrl, (next) => next.includes('/interaction/'));
  const interaction = toForm.res.location!;
  const page = await (await browser.request(interaction)).text();
  const action = /action="([^"]+)"/.exec(page)![1];
  const submitted = await browser.request(new URL(action, issuer).href, {
    method: 'POST',
    form: { prompt: 'login', login, password: 'any-password' },
  });
  const toCallback = await browser.follow(submitted.location!, (next) =>
    next.includes('/auth/oidc/callback'),
  );
  return toCallback.res.location!;
}
