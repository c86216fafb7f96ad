/**
 * Application Insights through OpenTelemetry: configured by one setting, started once and only when configured,
 * and — end to end, in a process of its own against a fake ingestion endpoint — exporting a span per request with
 * its route and tenant, under the service name ideabar-api.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { ConfigError, loadConfig, LOCAL_SETTINGS } from '../../../api/src/config.js';
import { createTelemetry, SERVICE_NAME } from '../../../api/src/observability/telemetry.js';
import { freshTablePrefix } from '../../support/testHost.js';

const run = promisify(execFile);
const KEY = '00000000-0000-4000-8000-000000000009';
const VALID = `InstrumentationKey=${KEY};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/;LiveEndpoint=https://westeurope.livediagnostics.monitor.azure.com/;ApplicationId=1d2e3f40-0000-4000-8000-000000000001`;

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig({ ...LOCAL_SETTINGS, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('APPLICATIONINSIGHTS_CONNECTION_STRING', () => {
  it('is off when absent or empty', () => {
    expect(loadConfig(LOCAL_SETTINGS).telemetry).toEqual({ connectionString: null });
    expect(loadConfig({ ...LOCAL_SETTINGS, APPLICATIONINSIGHTS_CONNECTION_STRING: '  ' }).telemetry).toEqual({
      connectionString: null,
    });
  });

  it('takes the connection string of an Application Insights resource, as Azure gives it', () => {
    expect(
      loadConfig({ ...LOCAL_SETTINGS, APPLICATIONINSIGHTS_CONNECTION_STRING: VALID }).telemetry
        .connectionString,
    ).toBe(VALID);
    const keyOnly = `InstrumentationKey=${KEY}`;
    expect(
      loadConfig({ ...LOCAL_SETTINGS, APPLICATIONINSIGHTS_CONNECTION_STRING: keyOnly }).telemetry
        .connectionString,
    ).toBe(keyOnly);
  });

  it('refuses a malformed one with a clear message, without repeating the value', () => {
    for (const malformed of [
      'my-app-insights',
      'InstrumentationKey=not-a-guid',
      `IngestionEndpoint=https://example.com/`,
      `InstrumentationKey=${KEY};IngestionEndpoint=not a url`,
      `InstrumentationKey=${KEY};IngestionEndpoint=ftp://example.com/`,
    ]) {
      const problems = problemsOf({ APPLICATIONINSIGHTS_CONNECTION_STRING: malformed });
      expect(problems, malformed).toEqual([
        expect.stringMatching(
          /^APPLICATIONINSIGHTS_CONNECTION_STRING: an Application Insights connection string/,
        ),
      ]);
      expect(problems.join(), malformed).not.toContain(malformed);
    }
  });

  it('is reported together with the other settings’ problems', () => {
    const problems = problemsOf({ APPLICATIONINSIGHTS_CONNECTION_STRING: 'nope', PORT: 'x' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'APPLICATIONINSIGHTS_CONNECTION_STRING',
      'PORT',
    ]);
  });
});

describe('starting Application Insights', () => {
  it('loads nothing and starts nothing without a connection string', async () => {
    const load = vi.fn();
    const telemetry = createTelemetry(load);
    await expect(telemetry.enable({ connectionString: null })).resolves.toBe(false);
    expect(load).not.toHaveBeenCalled();
  });

  it('starts exactly once with the connection string and the service name, however often asked', async () => {
    const start = vi.fn();
    const load = vi.fn(() => Promise.resolve(start));
    const telemetry = createTelemetry(load);
    const results = await Promise.all([
      telemetry.enable({ connectionString: VALID }),
      telemetry.enable({ connectionString: VALID }),
    ]);
    await telemetry.enable({ connectionString: VALID });
    expect(results).toEqual([true, true]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledWith({ connectionString: VALID, serviceName: 'ideabar-api' });
    expect(SERVICE_NAME).toBe('ideabar-api');
  });

  it('reports a distro that fails to load or start, and leaves the app running without it', async () => {
    const report = vi.fn();
    const failing = createTelemetry(() => Promise.reject(new Error('Cannot find module')), report);
    await expect(failing.enable({ connectionString: VALID })).resolves.toBe(false);
    const throwing = createTelemetry(
      () =>
        Promise.resolve(() => {
          throw new Error('bad options');
        }),
      report,
    );
    await expect(throwing.enable({ connectionString: VALID })).resolves.toBe(false);
    expect(report).toHaveBeenCalledTimes(2);
  });
});

interface Envelope {
  name: string;
  tags?: Record<string, string>;
  data?: { baseType?: string; baseData?: { name?: string; properties?: Record<string, string> } };
}

describe('exporting to Application Insights (own process, local host on Azurite, fake ingestion endpoint)', () => {
  let ingestion: Server;
  let endpoint: string;
  const envelopes: Envelope[] = [];

  let certDir: string;

  beforeAll(async () => {
    // The exporter speaks only HTTPS: a certificate for 127.0.0.1 made for this run, trusted by the child alone.
    certDir = await mkdtemp(join(tmpdir(), 'ideabar-ingestion-'));
    await run('openssl', [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1'],
      ...['-addext', 'subjectAltName=IP:127.0.0.1'],
      ...['-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem')],
    ]);
    const [key, cert] = await Promise.all(
      ['key.pem', 'cert.pem'].map((name) => readFile(join(certDir, name))),
    );
    ingestion = createServer({ key, cert }, (request, response) => {
      void readAll(request).then((body) => {
        if (request.url?.includes('/track')) {
          const text = (request.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString();
          const items = JSON.parse(text) as Envelope[];
          envelopes.push(...items);
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(
            JSON.stringify({ itemsReceived: items.length, itemsAccepted: items.length, errors: [] }),
          );
        } else {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end('{}');
        }
      });
    });
    await new Promise<void>((resolve) => ingestion.listen(0, '127.0.0.1', resolve));
    endpoint = `https://127.0.0.1:${(ingestion.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => (ingestion ? ingestion.close(() => resolve()) : resolve()));
    if (certDir) await rm(certDir, { recursive: true, force: true });
  });

  it('sends a span per request with its route and tenant, as ideabar-api', async () => {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const { stdout } = await run(
      process.execPath,
      [tsx, 'tests/api/observability/support/exportOneRequest.ts'],
      {
        env: {
          PATH: process.env.PATH ?? '',
          NODE_EXTRA_CA_CERTS: join(certDir, 'cert.pem'),
          NODE_ENV: 'test',
          AUTH_MODE: 'dev',
          PORT: '0',
          STORAGE_CONNECTION_STRING: inject('azuriteConnectionString'),
          TABLE_PREFIX: freshTablePrefix(),
          APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=${KEY};IngestionEndpoint=${endpoint};LiveEndpoint=${endpoint}`,
        },
        timeout: 45_000,
      },
    );
    const result = stdout.split('\n').find((line) => line.startsWith('result '));
    expect(JSON.parse(result?.slice('result '.length) ?? 'null')).toEqual({ statuses: [200, 200, 200] });
    // The distro samples at most five traces a second, so the child asks three times, a little apart.
    const spans = envelopes.filter((envelope) => envelope.data?.baseData?.name === 'request me');
    expect(spans.length).toBeGreaterThanOrEqual(1);
    const [span] = spans as [Envelope];
    expect(span.tags?.['ai.cloud.role']).toBe(SERVICE_NAME);
    expect(span.data?.baseData?.properties).toMatchObject({
      'ideabar.route': 'me',
      'ideabar.tenant': 'contoso',
    });
  }, 60_000);
});

async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
