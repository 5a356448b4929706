import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';

/** The HTTPS server of the CNS login shares these two helpers. */
type Server = HttpServer | HttpsServer;

/** Starts listening and resolves with the port actually bound (useful with port 0). */
export function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('Indirizzo del server non disponibile'));
        return;
      }
      resolve(address.port);
    });
  });
}

/** Stops the server, dropping idle keep-alive connections so that closing does not hang. */
export function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
    // Requests still in flight get a moment to finish before their sockets are cut.
    setTimeout(() => server.closeAllConnections(), 1000).unref();
  });
}
