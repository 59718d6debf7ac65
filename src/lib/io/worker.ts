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
 * this module's location, exactly as its own imports are. The thread does not keep the process
 * alive: a build ends when its pages are written.
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

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

function thread(): Worker {
	if (worker) return worker;
	const require = createRequire(import.meta.url);
	const started = new Worker(SOURCE, { eval: true, workerData: { fflate: require.resolve('fflate'), qrcode: require.resolve('qrcode') } });
	started.on('message', ({ id, value, error }: Reply) => {
		const job = pending.get(id);
		if (!job) return;
		pending.delete(id);
		if (error === undefined) job.resolve(value);
		else job.reject(new Error(`Build worker: ${error}`));
		if (pending.size === 0) started.unref();
	});
	const fail = (error: Error): void => {
		worker = undefined;
		for (const job of pending.values()) job.reject(error);
		pending.clear();
	};
	started.on('error', fail);
	started.on('exit', (code) => fail(new Error(`Build worker exited with code ${code}`)));
	started.unref();
	worker = started;
	return started;
}

function run<T>(job: Job, transfer: ArrayBuffer[] = []): Promise<T> {
	const target = thread();
	const id = nextId++;
	return new Promise<T>((resolve, reject) => {
		pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
		// Referenced while a job is pending, so the process waits for its answer.
		target.ref();
		target.postMessage({ id, job }, transfer);
	});
}

/**
 * `zipSync(entries, options)` of fflate, on the worker thread. The entries' bytes are copied to the
 * thread (the caller keeps its own), so the call is safe with bytes the caller still serves.
 */
export function zipInWorker(entries: Zippable, options?: { mtime: Date }): Promise<Uint8Array> {
	return run<Uint8Array>({ kind: 'zip', entries, options });
}

/** `QRCode.toString(text, options)` of qrcode, on the worker thread. */
export function qrInWorker(text: string, options: QRCodeToStringOptions): Promise<string> {
	return run<string>({ kind: 'qr', text, options });
}
