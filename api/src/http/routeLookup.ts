import type { Method, RouteDefinition } from './route.js';

/** What a request's method and path find in the route table. */
export interface RouteFound {
  /** The route serving this method at this path, with its path parameters as they came (still percent-encoded). */
  match?: { route: RouteDefinition; params: Record<string, string> };
  /** Every method served at this path: none means no route has it (404), some without `match` a wrong method (405). */
  allowed: Method[];
}

/** A route's path cut at its slashes: a parameter (`{id}`) takes any one non-empty segment, the rest themselves. */
interface Shaped {
  route: RouteDefinition;
  /** Its place in the table: of two routes for one method and path, the first serves. */
  index: number;
  segments: ({ param: string } | string)[];
}

/**
 * Finds the route for a request by its path's shape — how many segments, and the first — and then compares the
 * few routes of that shape segment by segment, instead of running every route's regular expression on every
 * request. It answers what matching each route's pattern in table order answered: the first route of the method.
 */
export function routeLookup(
  routes: readonly RouteDefinition[],
): (method: string, pathname: string) => RouteFound {
  const byShape = new Map<string, Shaped[]>();
  for (const [index, route] of routes.entries()) {
    const segments = route.path.split('/').map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment)?.[1];
      return param ? { param } : segment;
    });
    const first = segments[0];
    const key = shapeKey(segments.length, typeof first === 'string' ? first : null);
    byShape.set(key, [...(byShape.get(key) ?? []), { route, index, segments }]);
  }

  return (method, pathname) => {
    if (!pathname.startsWith(API_PREFIX)) return { allowed: [] };
    const rest = pathname.slice(API_PREFIX.length);
    const parts = (rest.endsWith('/') ? rest.slice(0, -1) : rest).split('/');
    const candidates = [
      ...(byShape.get(shapeKey(parts.length, parts[0] ?? '')) ?? []),
      ...(byShape.get(shapeKey(parts.length, null)) ?? []),
    ];
    let match: RouteFound['match'];
    let matchIndex = Infinity;
    const allowed: Method[] = [];
    for (const shaped of candidates) {
      const params = paramsOf(shaped, parts);
      if (!params) continue;
      allowed.push(shaped.route.method);
      if (shaped.route.method === method && shaped.index < matchIndex) {
        match = { route: shaped.route, params };
        matchIndex = shaped.index;
      }
    }
    return match ? { match, allowed } : { allowed };
  };
}

const API_PREFIX = '/api/';

/** A route whose path begins with a parameter is filed under `null`: any first segment may be it. */
const shapeKey = (segments: number, first: string | null): string =>
  first === null ? `${segments}` : `${segments}/${first}`;

function paramsOf({ segments }: Shaped, parts: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (const [index, segment] of segments.entries()) {
    const part = parts[index] ?? '';
    if (typeof segment === 'string') {
      if (part !== segment) return undefined;
    } else {
      if (part === '') return undefined;
      params[segment.param] = part;
    }
  }
  return params;
}
