import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { azuriteListening, freePort, startAzurite } from '../../../api/src/host/azurite.js';

/** What `npm start` relies on when it finds its storage port busy, or when Azurite cannot start. */
describe('starting Azurite (a real one, from npm)', () => {
  const stops: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const stop of stops) await stop();
  });

  it('knows an Azurite already listening, and refuses to take another program for one', async () => {
    const azurite = await startAzurite();
    stops.push(azurite.stop);
    expect(await azuriteListening(azurite.port)).toBe(true);

    const sockets = new Set<Socket>();
    const other: Server = createServer((socket) => {
      sockets.add(socket);
      socket.end('HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Length: 0\r\n\r\n');
    });
    const otherPort = await freePort();
    await new Promise<void>((resolve) => other.listen(otherPort, '127.0.0.1', resolve));
    stops.push(
      () =>
        new Promise((resolve) => {
          for (const socket of sockets) socket.destroy();
          other.close(() => resolve());
        }),
    );
    expect(await azuriteListening(otherPort)).toBe(false);

    expect(await azuriteListening(await freePort())).toBe(false);
  });

  it('reports a second Azurite on a busy port as failed, with the reason', async () => {
    const first = await startAzurite();
    stops.push(first.stop);
    await expect(startAzurite({ port: first.port })).rejects.toThrow(/exited.*\n.*EADDRINUSE/s);
    expect(await azuriteListening(first.port)).toBe(true);
  });
});
