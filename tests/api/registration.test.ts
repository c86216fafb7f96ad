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
    const expected = routesFor(loadConfig(LOCAL_SETTINGS)).map((r) => `${r.method} ${r.path} ${r.name}`);
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

  it('has each function file serve the route of its name, and no route file say its own method or path', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const folder = new URL('../../api/src/functions/', import.meta.url);
    const routes = routesFor(loadConfig(LOCAL_SETTINGS));
    for (const file of await readdir(folder)) {
      const name = file.replace(/\.ts$/, '');
      const module = (await import(new URL(file, folder).href)) as Record<string, unknown>;
      expect({ name, handle: module[name] }).toEqual({
        name,
        handle: routes.find((route) => route.name === name)?.handle,
      });
      const source = await readFile(new URL(file, folder), 'utf8');
      expect(source, name).not.toMatch(/\b(route|path):\s*'|method: '(GET|PUT|DELETE)'/);
    }
  });

  it('keys every route by its method and path, each pair once', () => {
    const routes = routesFor(loadConfig(LOCAL_SETTINGS));
    const keys = routes.map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(routes.find((route) => route.method === 'PUT' && route.path === 'ideas/{id}/vote')?.name).toBe(
      'castVote',
    );
  });
});
