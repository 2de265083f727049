/**
 * A read-only HTTP server for one folder on a free loopback port, with CORS, so that the
 * web client can load an extension from it as a web extension (test/launcher/web.ts).
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';

const contentTypes: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
};

export interface ServedFolder {
  readonly port: number;
  close(): Promise<void>;
}

export async function serveFolder(root: string): Promise<ServedFolder> {
  const server = http.createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
    response.setHeader('Access-Control-Allow-Headers', '*');
    response.setHeader('Cache-Control', 'no-store');
    if (request.method === 'OPTIONS') return void response.writeHead(204).end();
    if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405).end();
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.resolve(root, `.${pathname}`);
    // Only files inside the folder, and never node_modules or the test VS Code.
    const relative = path.relative(root, file);
    if (relative.startsWith('..') || path.isAbsolute(relative) || /^(node_modules|\.vscode-test|\.git)([\\/]|$)/.test(relative)) {
      return void response.writeHead(403).end();
    }
    fs.stat(file, (error, stat) => {
      if (error || !stat.isFile()) return void response.writeHead(404).end();
      response.writeHead(200, { 'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': stat.size });
      if (request.method === 'HEAD') return void response.end();
      fs.createReadStream(file).pipe(response);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
