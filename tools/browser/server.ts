// A local HTTP server for end-to-end tests and the demo: test pages, the demo page, and a log of requests.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { demoPageHtml } from '../dev/demo-page';
import { REPO_ROOT } from '../lib/node-data';

/** Test pages by path: the end-to-end pages first, then the other fixtures (the saved pages of /detect/). */
const FIXTURES_DIR = join(REPO_ROOT, 'tests', 'fixtures');
const PAGE_DIRS = [join(FIXTURES_DIR, 'e2e-pages'), FIXTURES_DIR];
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

export interface TestServer {
  origin: string;
  /** Every path requested so far. */
  requests: string[];
  close(): Promise<void>;
}

/** Starts the server; `extraPages` maps paths to generated HTML (benchmark pages). */
export async function startServer(extraPages: Record<string, string> = {}): Promise<TestServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    const generated = path === '/' || path === '/demo.html' ? demoPageHtml() : extraPages[path];
    if (generated !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html']! }).end(generated);
      return;
    }
    for (const dir of PAGE_DIRS) {
      const file = normalize(join(dir, path));
      if (!file.startsWith(dir)) {
        response.writeHead(403).end();
        return;
      }
      if (!existsSync(file) || !statSync(file).isFile()) continue;
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
      return;
    }
    response.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
