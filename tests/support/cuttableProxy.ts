import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A TCP proxy in front of Azurite that a test can cut and restore, to play a storage outage. */
export interface CuttableProxy {
  connectionString: string;
  cut(): void;
  /** Storage that accepts connections and reads requests but never answers, until restored. */
  hang(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function cuttableProxy(connectionString: string): Promise<CuttableProxy> {
  const upstreamPort = Number(/127\.0\.0\.1:(\d+)/.exec(connectionString)?.[1]);
  const sockets = new Set<Socket>();
  let down = false;
  let hanging = false;
  const server = createServer((client) => {
    if (down) return void client.destroy();
    if (hanging) {
      sockets.add(client);
      client.on('close', () => sockets.delete(client));
      client.on('error', () => client.destroy());
      return void client.resume();
    }
    const upstream = connect(upstreamPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    connectionString: connectionString.replace(`127.0.0.1:${upstreamPort}`, `127.0.0.1:${port}`),
    cut() {
      down = true;
      for (const socket of sockets) socket.destroy();
    },
    hang() {
      hanging = true;
      // Connections kept alive from before would still reach Azurite: close them, so every request meets the hang.
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      down = false;
      if (hanging) for (const socket of sockets) socket.destroy();
      hanging = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
