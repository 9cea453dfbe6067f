// A real HTTP server on 127.0.0.1 that hosts the BUILT Code.js's doGet/doPost in the Apps Script emulator and
// answers as Google's web apps do: a 302 to a one-time script.googleusercontent.com-style URL whose GET returns
// the script's output with status 200. The extension's end-to-end tests and the load test post to it.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type App, createEmulator, type Emulator, loadBundle, postEvent, type WebAppResponse, webAppResponse } from '../emulator';

export interface TrackerServer {
  /** The web app's /exec URL. */
  url: string;
  token: string;
  emulator: Emulator;
  app: App;
  /** Tasks tab values, header first. */
  tasks(): unknown[][];
  /** Stops listening (the tracker keeps its state), as if the network or Google were unreachable. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  close(): Promise<void>;
  /** Requests received, for tests that count retries. */
  requests: { method: string; path: string }[];
}

export interface TrackerServerOptions {
  port?: number;
  codeJs?: string;
  /** Largest request body read, in bytes; Google refuses far larger bodies than the tracker accepts. */
  maxBodyBytes?: number;
}

const EXEC_PATH = '/macros/s/test/exec';
const ECHO_PATH = '/macros/echo';

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startTrackerServer(options: TrackerServerOptions = {}): Promise<TrackerServer> {
  // Made once the server listens, so that ScriptApp.getService().getUrl() (and the connection code in Clip
  // settings) names this server's /exec URL, as Google's does the deployment's.
  let emulator!: Emulator;
  let app!: App;
  const maxBody = options.maxBodyBytes ?? 10 * 1024 * 1024;
  const pending = new Map<string, WebAppResponse>();
  const requests: TrackerServer['requests'] = [];
  const sockets = new Set<Socket>();
  let port = options.port ?? 0;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: req.method ?? '', path: url.pathname });
    if (url.pathname === EXEC_PATH && (req.method === 'GET' || req.method === 'POST')) {
      let output: unknown;
      if (req.method === 'GET')
        output = app.call('doGet', { queryString: url.search.slice(1), parameter: Object.fromEntries(url.searchParams) });
      else {
        const body = await readBody(req, maxBody);
        if (body === null) {
          res.writeHead(413, { 'Content-Type': 'text/html' }).end('<html><body>Request too large</body></html>');
          return;
        }
        output = app.call(
          'doPost',
          postEvent({ body, type: req.headers['content-type'] ?? 'text/plain', queryString: url.search.slice(1) }),
        );
      }
      const key = randomUUID();
      pending.set(key, webAppResponse(output));
      res.writeHead(302, { Location: `http://127.0.0.1:${port}${ECHO_PATH}?user_content_key=${key}` }).end();
      return;
    }
    if (url.pathname === ECHO_PATH && req.method === 'GET') {
      const key = url.searchParams.get('user_content_key') ?? '';
      const reply = pending.get(key);
      pending.delete(key); // one-time, as Google's echo URLs are
      if (!reply) {
        res
          .writeHead(404, { 'Content-Type': 'text/html' })
          .end('<html><body>Sorry, the file you have requested does not exist.</body></html>');
        return;
      }
      res.writeHead(200, { 'Content-Type': reply.contentType, 'Access-Control-Allow-Origin': '*' }).end(reply.body);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/html' }).end('<html><body>Not found</body></html>');
  }

  let server: Server | null = null;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer((req, res) => {
        handle(req, res).catch((err) => res.writeHead(500).end(String(err)));
      });
      s.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as AddressInfo).port;
        server = s;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      const s = server;
      server = null;
      for (const socket of sockets) socket.destroy();
      s.close(() => resolve());
    });
  await start();
  emulator = createEmulator({
    spreadsheet: { name: 'SENCO workload tracker', sheets: [{ name: 'Sheet1', values: [[]] }] },
    webAppUrl: `http://127.0.0.1:${port}${EXEC_PATH}`,
  });
  app = loadBundle(emulator, options.codeJs ?? 'dist/apps-script/Code.js');
  app.call('onOpen', { authMode: 'NONE' });
  app.clickMenuItem('Set up workload tracker');
  const token = (app.call('getClipSettings') as { token: string }).token;
  return {
    url: `http://127.0.0.1:${port}${EXEC_PATH}`,
    token,
    emulator,
    app,
    requests,
    tasks: () => {
      const sheet = emulator.spreadsheet.getSheets().find((s) => s.getName() === 'Tasks');
      return sheet ? sheet.getDataRange().getValues() : [];
    },
    stop,
    start,
    close: stop,
  };
}
