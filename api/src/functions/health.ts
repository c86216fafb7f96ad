import type { Handler } from '../http/route.js';

export const health: Handler = async (_input, services) => {
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
};
