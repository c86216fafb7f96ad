import { describe, expect, it } from 'vitest';
import { loadConfig, LOCAL_SETTINGS } from '../../api/src/config.js';
import { registerFunctions } from '../../api/src/registration.js';
import { routesFor } from '../../api/src/routes.js';
import { createServices } from '../../api/src/services.js';

type Registered = { name: string; options: { methods?: string[]; route?: string; authLevel?: string } };

function register(env: Record<string, string>) {
  const http: Registered[] = [];
  const app = {
    http: (name: string, options: Registered['options']) => void http.push({ name, options }),
    timer: () => undefined,
  };
  registerFunctions(
    app as unknown as Parameters<typeof registerFunctions>[0],
    createServices(loadConfig({ ...LOCAL_SETTINGS, ...env })),
  );
  return http;
}

describe('Azure Functions registration', () => {
  it('registers every route of the route table once, as the local host serves it', () => {
    const registered = register({});
    const expected = routesFor(loadConfig(LOCAL_SETTINGS)).map((r) => `${r.method} ${r.route} ${r.name}`);
    expect(registered.map((r) => `${r.options.methods?.join()} ${r.options.route} ${r.name}`)).toEqual(
      expected,
    );
    expect(new Set(registered.map((r) => r.name)).size).toBe(registered.length);
    expect(registered.every((r) => r.options.authLevel === 'anonymous')).toBe(true);
  });

  it('has no dev sign-in outside dev mode', () => {
    const names = register({
      AUTH_MODE: 'entra',
      ENTRA_CLIENT_ID: '00000000-0000-4000-8000-000000000001',
    }).map((r) => r.name);
    expect(names).not.toContain('devToken');
    expect(register({}).map((r) => r.name)).toContain('devToken');
  });

  it('has one function file per registered route', async () => {
    const { readdir } = await import('node:fs/promises');
    const files = (await readdir(new URL('../../api/src/functions/', import.meta.url))).map((f) =>
      f.replace(/\.ts$/, ''),
    );
    expect(files.sort()).toEqual(
      routesFor(loadConfig(LOCAL_SETTINGS))
        .map((r) => r.name)
        .sort(),
    );
  });
});
