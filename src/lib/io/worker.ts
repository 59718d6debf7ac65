// Imported by src/site (the downloads, the province workbooks and the commune pages' QR codes): the build's second thread.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { QRCodeToStringOptions } from 'qrcode';
import type { Zippable } from 'fflate';

/**
 * A second thread for the build's heaviest pure computations: the whole-site downloads and the
 * province workbooks (src/lib/datasets, see `callInWorker`), deflating archives (fflate's `zipSync`)
 * and drawing QR codes (`qrcode`). Astro renders pages on one thread, so work handed here runs
 * beside the rendering on the machine's other core instead of before it.
 *
 * The thread runs the very same functions on the very same inputs as the main thread would (the
 * jobs carry plain data: bytes, strings, options, dates, published tables), so what it returns is
 * byte-identical to calling them directly; tests/lib/io/worker.test.ts checks that. The libraries
 * are resolved from this module's location, as its own imports are; the project's own functions
 * are imported from the source file that the build bundles (WORKER_MODULES, a fixed list in this
 * code: no content or job names a module). The thread keeps the process alive only while a
 * job is pending. A job that fails rejects with what it was for; a thread that dies fails its pending
 * jobs, and the next job starts a new one.
 */

type Job =
	| { kind: 'zip'; entries: Zippable; options: { mtime: Date } | undefined }
	| { kind: 'qr'; text: string; options: QRCodeToStringOptions }
	| { kind: 'call'; module: string; name: string; args: unknown[] };
type Reply = { id: number; value?: unknown; error?: string };

/** The thread's code: a message loop over the two libraries and the project's modules (CommonJS, since an eval'd worker is). */
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { zipSync } = require(workerData.fflate);
const QRCode = require(workerData.qrcode);
// The bytes of a result move back instead of being copied: every Uint8Array that owns its buffer.
function buffersOf(value, found) {
	if (value instanceof Uint8Array) {
		if (value.byteOffset === 0 && value.byteLength === value.buffer.byteLength && value.buffer instanceof ArrayBuffer) found.add(value.buffer);
	} else if (Array.isArray(value)) {
		for (const item of value) buffersOf(item, found);
	} else if (value && typeof value === 'object') {
		for (const item of Object.values(value)) buffersOf(item, found);
	}
	return found;
}
parentPort.on('message', async ({ id, job }) => {
	try {
		if (job.kind === 'zip') {
			const value = zipSync(job.entries, job.options);
			parentPort.postMessage({ id, value }, [value.buffer]);
		} else if (job.kind === 'qr') {
			parentPort.postMessage({ id, value: await QRCode.toString(job.text, job.options) });
		} else {
			const value = (await import(job.module))[job.name](...job.args);
			parentPort.postMessage({ id, value }, [...buffersOf(value, new Set())]);
		}
	} catch (error) {
		parentPort.postMessage({ id, error: String(error && error.stack || error) });
	}
});
`;

/** A job waiting for its answer, with what it was for (named in its error). */
interface Pending {
	label: string;
	resolve: (value: unknown) => void;
	reject: (error: Error) => void;
}

/** A started thread and the jobs it owes an answer: a crashed thread fails its own jobs only. */
interface Thread {
	worker: Worker;
	pending: Map<number, Pending>;
}

let current: Thread | undefined;
let nextId = 0;

function startThread(): Thread {
	const require = createRequire(import.meta.url);
	// fflate's and qrcode's CommonJS builds: the same code and version as the ES modules imported elsewhere.
	const worker = new Worker(SOURCE, { eval: true, workerData: { fflate: require.resolve('fflate'), qrcode: require.resolve('qrcode') } });
	const thread: Thread = { worker, pending: new Map() };
	worker.on('message', ({ id, value, error }: Reply) => {
		const job = thread.pending.get(id);
		thread.pending.delete(id);
		if (job && error === undefined) job.resolve(value);
		else if (job) job.reject(new Error(`Build worker: ${job.label} failed: ${String(error).split('\n')[0]}`, { cause: new Error(error) }));
		if (thread.pending.size === 0) worker.unref();
	});
	// 'error' then 'exit' when the thread dies: both end this thread only, never a newer one.
	const fail = (cause: unknown): void => {
		if (current === thread) current = undefined;
		for (const job of thread.pending.values()) job.reject(new Error(`Build worker stopped before ${job.label} was done`, { cause }));
		thread.pending.clear();
	};
	worker.on('error', fail);
	worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
	worker.unref();
	return thread;
}

function runJob<T>(job: Job, label: string, transfer: ArrayBuffer[] = []): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const thread = (current ??= startThread());
		const id = nextId++;
		thread.pending.set(id, { label, resolve: resolve as (value: unknown) => void, reject });
		try {
			// Referenced while a job is pending, so the process waits for its answer.
			thread.worker.ref();
			thread.worker.postMessage({ id, job }, transfer);
		} catch (error) {
			// A job that cannot be copied to the thread (a value that is not plain data) fails here, alone.
			thread.pending.delete(id);
			if (thread.pending.size === 0) thread.worker.unref();
			reject(new Error(`Build worker: ${label} could not be sent`, { cause: error }));
		}
	});
}

/**
 * `zipSync(entries, options)` of fflate, on the worker thread. The entries' bytes are copied to the
 * thread (the caller keeps its own), so the call is safe with bytes the caller still serves. `label`
 * names the file in an error.
 */
export function zipInWorker(label: string, entries: Zippable, options?: { mtime: Date }): Promise<Uint8Array> {
	return runJob<Uint8Array>({ kind: 'zip', entries, options }, label);
}

/**
 * The same, for entries the caller has no further use for (a workbook's XML parts): their bytes move
 * to the thread instead of being copied, and are empty here afterwards.
 */
export function zipGivenInWorker(label: string, entries: Zippable, options?: { mtime: Date }): Promise<Uint8Array> {
	const buffers = new Set<ArrayBuffer>();
	for (const entry of Object.values(entries)) {
		const bytes = Array.isArray(entry) ? entry[0] : entry;
		// Only bytes that own their whole buffer move: a view into a shared buffer is copied.
		if (bytes instanceof Uint8Array && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer)
			buffers.add(bytes.buffer);
	}
	return runJob<Uint8Array>({ kind: 'zip', entries, options }, label, [...buffers]);
}

/**
 * Where this project's TypeScript sources are, as a file URL ending in "/": the worker imports the
 * modules of WORKER_MODULES from there, with Node's own type stripping. Vite bundles this module
 * for the build, so astro.config.mjs defines the folder; run unbundled (tests, scripts), it is two
 * folders up from here.
 */
declare const __MINH_BACH_SRC__: string | undefined;
const SRC_URL = typeof __MINH_BACH_SRC__ === 'string' ? __MINH_BACH_SRC__ : new URL('../../', import.meta.url).href;

/** The modules the worker may run, by the functions it is asked for: a fixed list, named by this code only. */
const WORKER_MODULES = {
	buildSiteFiles: 'lib/datasets/site-files.ts',
	buildWorkbook: 'lib/datasets/workbook.ts',
} as const;
type WorkerFunctions = {
	buildSiteFiles: typeof import('../datasets/site-files.ts').buildSiteFiles;
	buildWorkbook: typeof import('../datasets/workbook.ts').buildWorkbook;
};

/**
 * One of the project's own pure functions (WORKER_MODULES), on the worker thread: its arguments are
 * copied there (plain data only), and the bytes of its result move back. The thread loads the same
 * source file the build bundles, so the result is what calling it here would give.
 */
export function callInWorker<N extends keyof WorkerFunctions>(
	label: string,
	name: N,
	...args: Parameters<WorkerFunctions[N]>
): Promise<ReturnType<WorkerFunctions[N]>> {
	return runJob({ kind: 'call', module: new URL(WORKER_MODULES[name], SRC_URL).href, name, args }, label);
}

/** `QRCode.toString(text, options)` of qrcode, on the worker thread. */
export function qrInWorker(text: string, options: QRCodeToStringOptions): Promise<string> {
	return runJob<string>({ kind: 'qr', text, options }, `the QR code of ${text}`);
}
