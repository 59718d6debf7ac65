import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A minimal Language Server Protocol client of the Astro language server (the one VS Code's Astro
 * extension runs), over stdio: enough to open a file and ask for a hover or completions, as the
 * editor does when a staff member points at a field.
 */
export interface LspClient {
	open(path: string, text: string, languageId: string): string;
	request(method: string, params: unknown): Promise<unknown>;
	close(): void;
}

const PROJECT = join(import.meta.dirname, '../..');

/** Starts the language server on a workspace folder with content intellisense on, as .vscode/settings.json asks. */
export async function startAstroLanguageServer(workspace: string): Promise<LspClient> {
	const server = spawn(process.execPath, [join(PROJECT, 'node_modules/@astrojs/language-server/bin/nodeServer.js'), '--stdio'], {
		stdio: ['pipe', 'pipe', 'ignore'],
	});
	let buffer = Buffer.alloc(0);
	let next = 0;
	const waiting = new Map<number, (value: unknown) => void>();
	const send = (message: unknown): void => {
		const body = JSON.stringify({ jsonrpc: '2.0', ...(message as object) });
		server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
	};
	server.stdout.on('data', (chunk: Buffer) => {
		buffer = Buffer.concat([buffer, chunk]);
		for (;;) {
			const end = buffer.indexOf('\r\n\r\n');
			if (end < 0) return;
			const length = Number(/Content-Length: (\d+)/iu.exec(buffer.subarray(0, end).toString())?.[1]);
			if (buffer.length < end + 4 + length) return;
			const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString()) as {
				id?: number;
				method?: string;
				params?: { items?: unknown[] };
				result?: unknown;
				error?: unknown;
			};
			buffer = buffer.subarray(end + 4 + length);
			if (message.method && message.id !== undefined) {
				// The server asks for the editor's settings: none beyond the defaults.
				send({ id: message.id, result: message.method === 'workspace/configuration' ? (message.params?.items ?? []).map(() => ({})) : null });
			} else if (message.id !== undefined) {
				waiting.get(message.id)?.(message.error ? Promise.reject(new Error(JSON.stringify(message.error))) : message.result);
				waiting.delete(message.id);
			}
		}
	});
	const request = (method: string, params: unknown): Promise<unknown> =>
		new Promise((resolve) => {
			const id = ++next;
			waiting.set(id, resolve);
			send({ id, method, params });
		});
	const rootUri = pathToFileURL(workspace).href;
	await request('initialize', {
		processId: process.pid,
		rootUri,
		workspaceFolders: [{ uri: rootUri, name: 'content' }],
		capabilities: { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, completion: {} }, workspace: { configuration: true } },
		initializationOptions: { typescript: { tsdk: join(PROJECT, 'node_modules/typescript/lib') }, contentIntellisense: true },
	});
	send({ method: 'initialized', params: {} });
	return {
		open(path, text, languageId) {
			const uri = pathToFileURL(path).href;
			send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId, version: 1, text } } });
			return uri;
		},
		request,
		close: () => server.kill(),
	};
}
