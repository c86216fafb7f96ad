import { describe, expect, it } from 'vitest';
import { loadConfig, LOCAL_SETTINGS } from '../../../api/src/config.js';
import type { Method, RouteDefinition } from '../../../api/src/http/route.js';
import { routeLookup } from '../../../api/src/http/routeLookup.js';
import { routesFor } from '../../../api/src/routes.js';

const routes = routesFor(loadConfig(LOCAL_SETTINGS));
const METHODS: Method[] = ['GET', 'POST', 'PUT', 'DELETE'];

/** The answer as matching each route's own pattern in table order gives it: what the lookup must agree with. */
function byPatterns(method: string, pathname: string) {
  const matches = routes.flatMap((route) => {
    const source = route.path
      .split('/')
      .map((segment) =>
        /^\{\w+\}$/.test(segment) ? '([^/]+)' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/');
    const found = new RegExp(`^/api/${source}/?$`).exec(pathname);
    return found ? [{ route, values: found.slice(1) }] : [];
  });
  const match = matches.find(({ route }) => route.method === method);
  return {
    route: match?.route.name,
    values: match?.values ?? [],
    allowed: matches.map(({ route }) => route.method).sort(),
  };
}

function byLookup(method: string, pathname: string) {
  const { match, allowed } = routeLookup(routes)(method, pathname);
  return {
    route: match?.route.name,
    values: Object.values(match?.params ?? {}),
    allowed: [...allowed].sort(),
  };
}

/** Each route's path with its parameters filled in, as a client would send it, with and without a slash after. */
const pathsOf = (route: RouteDefinition): string[] => {
  const filled = `/api/${route.path.replace(/\{\w+\}/g, (_, offset: number) => `v${offset}%20x`)}`;
  return [filled, `${filled}/`];
};

describe('the route lookup', () => {
  it('finds what each route pattern found, for every route, method and path of the table', () => {
    const paths = routes.flatMap(pathsOf);
    for (const pathname of paths) {
      for (const method of METHODS) {
        expect(byLookup(method, pathname), `${method} ${pathname}`).toEqual(byPatterns(method, pathname));
      }
    }
  });

  it('finds nothing, or a wrong method, where the patterns did: empty segments, other prefixes, unknown paths', () => {
    const odd = [
      '/api/ideas//vote',
      '/api/ideas/x/vote//',
      '/api//ideas',
      '/api/',
      '/api',
      '/ideas/x/vote',
      '/apiideas',
      '/api/ideas/x/unknown',
      '/api/ideas/x/vote/extra',
      '/api/boards/b/categories/',
      '/api/it-members/u',
      '/api/health/x',
    ];
    for (const pathname of odd) {
      for (const method of METHODS) {
        expect(byLookup(method, pathname), `${method} ${pathname}`).toEqual(byPatterns(method, pathname));
      }
    }
  });

  it('answers a vote with its idea id and the methods served there', () => {
    const found = routeLookup(routes)('PUT', '/api/ideas/idea-42/vote');
    expect(found.match?.route.name).toBe('castVote');
    expect(found.match?.params).toEqual({ id: 'idea-42' });
    expect([...found.allowed].sort()).toEqual(['DELETE', 'PUT']);
    expect(routeLookup(routes)('POST', '/api/ideas/idea-42/vote')).toEqual({ allowed: ['PUT', 'DELETE'] });
  });
});
