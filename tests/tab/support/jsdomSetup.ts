import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

/**
 * How long findBy… and waitFor wait for what the tab shows after a fetch: the machines are shared and have two cores,
 * and Testing Library's one second is too little when the whole suite runs at once. A test still fails when the thing
 * never shows.
 */
configure({ asyncUtilTimeout: 4_000 });

/**
 * What jsdom lacks for the tab: layout sizes (the virtualized list renders only what fits, and jsdom lays out
 * nothing), matchMedia, and a clipboard. Imported first by every component test.
 */
Object.defineProperties(HTMLElement.prototype, {
  clientHeight: { configurable: true, get: () => 800 },
  clientWidth: { configurable: true, get: () => 1000 },
  offsetHeight: { configurable: true, get: () => 76 },
  offsetWidth: { configurable: true, get: () => 1000 },
});

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!window.ResizeObserver) {
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

export const clipboard = { writeText: vi.fn(async (_text: string) => undefined) };
Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
