// Runs before the test framework: importing @testing-library/react here would skip its automatic
// cleanup (it registers afterEach only when that exists), so test files import it themselves.
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom has no TextEncoder; react-router needs it.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom has no Fetch API classes; react-router builds a Request for every navigation. Only what a
// client-side GET navigation reads is provided (tests talk to the API through Apollo's MockLink).
if (typeof globalThis.Request === 'undefined') {
  class RequestStub {
    readonly url: string;
    readonly method: string;
    readonly signal: AbortSignal;
    readonly headers: Map<string, string>;
    constructor(
      input: string | URL | RequestStub,
      init: { method?: string; signal?: AbortSignal | null } = {},
    ) {
      this.url = input instanceof RequestStub ? input.url : String(input);
      this.method = (init.method ?? 'GET').toUpperCase();
      this.signal = init.signal ?? new AbortController().signal;
      this.headers = new Map();
    }
  }
  Object.assign(globalThis, { Request: RequestStub });
}

// jsdom lacks these browser APIs; Mantine (and floating-ui) call them.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.defineProperty(window, 'ResizeObserver', {
  writable: true,
  configurable: true,
  value: ResizeObserverStub,
});
Object.defineProperty(globalThis, 'ResizeObserver', {
  writable: true,
  configurable: true,
  value: ResizeObserverStub,
});

if (!('DOMMatrixReadOnly' in window)) {
  class DOMMatrixReadOnlyStub {
    m22 = 1;
    constructor(_transform?: string) {}
  }
  Object.defineProperty(window, 'DOMMatrixReadOnly', {
    writable: true,
    configurable: true,
    value: DOMMatrixReadOnlyStub,
  });
}

Element.prototype.scrollIntoView = function scrollIntoView() {};
Element.prototype.scrollTo = function scrollTo() {};
window.scrollTo = () => undefined;

// Mantine reads computed styles for transitions; jsdom's getComputedStyle has no pseudo-element support.
const { getComputedStyle } = window;
window.getComputedStyle = (element: Element) => getComputedStyle(element);
