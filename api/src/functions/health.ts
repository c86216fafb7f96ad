import type { RouteDefinition } from '../http/route.js';

export const health: RouteDefinition = {
  name: 'health',
  method: 'GET',
  route: 'health',
  auth: 'anonymous',
  storage: false,
  async handle(_input, services) {
    try {
      await services.probeStorage();
      return { status: 200, body: { status: 'ok' } };
    } catch {
      return {
        status: 503,
        headers: { 'retry-after': '5' },
        body: { status: 'unavailable', storage: 'unreachable' },
      };
    }
  },
};
