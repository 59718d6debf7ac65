// Imported by the browser tests only: a static file server for dist/ on the loopback interface.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileOfPath, normalizeBase } from '../../../scripts/lib/site-paths.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
	'.zip': 'application/zip',
};

/** A running server: its origin (http://127.0.0.1:port) and a way to stop it. */
export interface StaticServer {
	origin: string;
	close: () => Promise<void>;
}

/**
 * Serves a built site the way a static host does: under its base path, "dir/" from "dir/index.html",
 * "dir" redirected to "dir/", 404.html (when built) for anything else. Listens on 127.0.0.1 at a
 * random port; nothing leaves the machine.
 */
export async function serveDist(dist: string, base: string): Promise<StaticServer> {
	const prefix = normalizeBase(base);
	const notFound = join(dist, '404.html');
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		const file = fileOfPath(url.pathname, prefix);
		const full = file === undefined ? undefined : join(dist, file);
		if (full && !url.pathname.endsWith('/') && existsSync(join(full, 'index.html'))) {
			response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		if (full && existsSync(full) && statSync(full).isFile()) {
			response.writeHead(200, { 'content-type': TYPES[extname(full).toLowerCase()] ?? 'application/octet-stream' });
			if (request.method === 'HEAD') response.end();
			else createReadStream(full).pipe(response);
			return;
		}
		response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		if (existsSync(notFound) && request.method !== 'HEAD') createReadStream(notFound).pipe(response);
		else response.end('<!doctype html><title>404</title><p>Not found');
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((done) => server.close(() => done())),
	};
}
