// Imported by src/site (the downloads and the commune pages' QR codes): the build's second thread.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { QRCodeToStringOptions } from 'qrcode';
import type { Zippable } from 'fflate';

/**
 * A second thread for the build's heaviest pure computations: deflating the published archives
 * (fflate's `zipSync`) and drawing QR codes (`qrcode`). Astro renders pages on one thread, so work
 * handed here runs beside the rendering on the machine's other core instead of before it.
 *
 * The thread runs the very same library functions on the very same inputs as the main thread would
 * (the jobs carry plain data: bytes, strings, options, dates), so what it returns is byte-identical
 * to calling them directly; tests/lib/io/worker.test.ts checks that. The libraries are resolved from
 * this module's location, as its own imports are. The thread keeps the process alive only while a
 * job is pending. A job that fails rejects with what it was for; a thread that dies fails its pending
 * jobs, and the next job starts a new one.
 */

type Job = { kind: 'zip'; entries: Zippable; options: { mtime: Date } | undefined } | { kind: 'qr'; text: string; options: QRCodeToStringOptions };
type Reply = { id: number; value?: unknown; error?: string };

/** The thread's code: a message loop over the two libraries (CommonJS, since an eval'd worker is). */
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { zipSync } = require(workerData.fflate);
const QRCode = require(workerData.qrcode);
parentPort.on('message', async ({ id, job }) => {
	try {
		if (job.kind === 'zip') {
			const value = zipSync(job.entries, job.options);
			parentPort.postMessage({ id, value }, [value.buffer]);
		} else {
			parentPort.postMessage({ id, value: await QRCode.toString(job.text, job.options) });
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

/** `QRCode.toString(text, options)` of qrcode, on the worker thread. */
export function qrInWorker(text: string, options: QRCodeToStringOptions): Promise<string> {
	return runJob<string>({ kind: 'qr', text, options }, `the QR code of ${text}`);
}
