import { Inflate, zipSync, type Zippable } from 'fflate';
import type { ImportParams, ImportProblemCode } from './messages.ts';

/**
 * How much of a workbook the importer agrees to unpack. A staffing list is a few hundred kilobytes
 * of XML (1,000 rows of 10 columns is about 0.3 MB as Excel writes it, 200,000 rows of 3 columns
 * about 23 MB); these limits leave room for lists a hundred times larger while refusing a "zip
 * bomb" (a small file that unpacks to gigabytes) before it costs time or memory. The same numbers
 * are in the staff guides.
 */
export const WORKBOOK_LIMITS = {
	/** Largest file the importer reads at all, .xlsx or CSV. */
	maxFileBytes: 50 * 1024 * 1024,
	/** Largest total of the workbook's XML parts once unpacked (what the reader parses). */
	maxUnpackedBytes: 50 * 1024 * 1024,
	/** Largest compression ratio (unpacked ÷ packed) of a part over `ratioFromBytes`; sheet XML compresses about 5 to 30 times. */
	maxRatio: 100,
	/** Parts smaller than this are not held to `maxRatio`: a tiny part cannot be a bomb, and a part of repeated styles compresses well. */
	ratioFromBytes: 1024 * 1024,
	/** Most entries a workbook's zip may list (Excel writes about a dozen, plus one per sheet and picture). */
	maxEntries: 10_000,
} as const;

/** The limits an unpacking is held to (tests lower them). */
export type WorkbookLimits = { readonly [K in keyof typeof WORKBOOK_LIMITS]: number };

/** Why a file could not be unpacked as a workbook: an import message code and what it is told. */
export interface PackageRefusal {
	code: ImportProblemCode;
	params: ImportParams;
}

/** The XML parts of a workbook (path inside the zip → bytes), or why it was refused. */
export type UnpackResult = { kind: 'ok'; parts: Map<string, Uint8Array> } | { kind: 'refused'; refusal: PackageRefusal };

/** One entry of a zip's central directory. */
interface ZipEntry {
	name: string;
	flags: number;
	method: number;
	packedBytes: number;
	unpackedBytes: number;
	localOffset: number;
}

const SIGNATURE = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, end64: 0x06064b50, locator64: 0x07064b50 } as const;
/**
 * Packed bytes are inflated a step at a time: deflate unpacks at most 1,032 bytes per packed byte,
 * so a step of `n` bytes produces at most about n KB before the size is checked again.
 */
const INFLATE_STEP_BYTES = { min: 1024, max: 16 * 1024 } as const;

/** Thrown inside the inflater's callback to stop it as soon as a limit is passed. */
class LimitPassed extends Error {}

const refuse = (code: ImportProblemCode, params: ImportParams = {}): UnpackResult => ({ kind: 'refused', refusal: { code, params } });

/** Whether a zip entry is a part the reader parses (XML and relationships; pictures and printer settings are never unpacked). */
export function isParsedPart(name: string): boolean {
	return name.endsWith('.xml') || name.endsWith('.rels');
}

/** What a file that is not a zip most likely is, for a message that says what to do. */
function refuseNonZip(bytes: Uint8Array): UnpackResult {
	// Compound File Binary: a legacy .xls workbook, or an .xlsx that Excel encrypted with a password.
	if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return refuse('import.xls-or-password');
	const head = bytes.subarray(0, 512);
	// Text (a CSV or an HTML page renamed to .xlsx): no NUL and no other control byte but tab and line ends.
	const text = head.length > 0 && head.every((byte) => byte >= 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d);
	return refuse(text ? 'import.not-zip-text' : 'import.not-zip');
}

/**
 * Reads the central directory of a zip: the list of its entries with their declared sizes. Only
 * the directory is read; nothing is unpacked.
 */
function readCentralDirectory(bytes: Uint8Array, limits: WorkbookLimits): { entries: ZipEntry[] } | UnpackResult {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const u16 = (at: number): number => view.getUint16(at, true);
	const u32 = (at: number): number => view.getUint32(at, true);
	const u64 = (at: number): number => Number(view.getBigUint64(at, true));
	// The end record is in the last 22 bytes plus a comment of at most 65,535 bytes.
	let end = -1;
	for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
		if (u32(at) === SIGNATURE.end) {
			end = at;
			break;
		}
	}
	if (end === -1) {
		// A zip that starts right but has no end record was cut short (a download or copy that did not finish).
		return u32(0) === SIGNATURE.local ? refuse('import.zip-truncated') : refuseNonZip(bytes);
	}
	let count = u16(end + 10);
	let size = u32(end + 12);
	let offset = u32(end + 16);
	// ZIP64: the real values are in a second end record that a locator just before the first one points to.
	if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && end >= 20 && u32(end - 20) === SIGNATURE.locator64) {
		const end64 = u64(end - 12);
		if (end64 + 56 > bytes.length || u32(end64) !== SIGNATURE.end64) return refuse('import.zip-truncated');
		count = u64(end64 + 32);
		size = u64(end64 + 40);
		offset = u64(end64 + 48);
	}
	// Checked before the directory is walked: a forged count must not make the walk itself long.
	if (count > limits.maxEntries) return refuse('import.zip-bomb', { reason: 'entries', found: count, limit: limits.maxEntries });
	if (offset + size > bytes.length) return refuse('import.zip-truncated');
	const entries: ZipEntry[] = [];
	let at = offset;
	for (let i = 0; i < count; i++) {
		if (at + 46 > bytes.length || u32(at) !== SIGNATURE.central) return refuse('import.zip-corrupt', { reason: 'directory' });
		const nameBytes = u16(at + 28);
		const extraBytes = u16(at + 30);
		const commentBytes = u16(at + 32);
		if (at + 46 + nameBytes + extraBytes > bytes.length) return refuse('import.zip-truncated');
		const entry: ZipEntry = {
			// Part names of a workbook are ASCII; UTF-8 (flag bit 11) reads ASCII the same.
			name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameBytes)),
			flags: u16(at + 8),
			method: u16(at + 10),
			packedBytes: u32(at + 20),
			unpackedBytes: u32(at + 24),
			localOffset: u32(at + 42),
		};
		// ZIP64 extra field (id 1): the 64-bit sizes and offset, in this order, for each field that is 0xFFFFFFFF.
		for (let extra = at + 46 + nameBytes; extra + 4 <= at + 46 + nameBytes + extraBytes; extra += 4 + u16(extra + 2)) {
			if (u16(extra) !== 1) continue;
			let field = extra + 4;
			for (const key of ['unpackedBytes', 'packedBytes', 'localOffset'] as const) {
				if (entry[key] !== 0xffffffff || field + 8 > extra + 4 + u16(extra + 2)) continue;
				entry[key] = u64(field);
				field += 8;
			}
		}
		entries.push(entry);
		at += 46 + nameBytes + extraBytes + commentBytes;
	}
	return { entries };
}

/**
 * Inflates one entry into a buffer of its declared size, stopping as soon as it produces more than
 * it declared: a zip's sizes are only claims, and a bomb may lie about them.
 */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, dataStart: number): Uint8Array | PackageRefusal {
	const packed = bytes.subarray(dataStart, dataStart + entry.packedBytes);
	if (entry.method === 0) {
		if (entry.packedBytes !== entry.unpackedBytes) return { code: 'import.zip-corrupt', params: { reason: 'size', part: entry.name } };
		return packed.slice();
	}
	const out = new Uint8Array(entry.unpackedBytes);
	let written = 0;
	// A small claim gets small steps, so a part that lies about its size is stopped soon after its claim.
	const step = Math.min(INFLATE_STEP_BYTES.max, Math.max(INFLATE_STEP_BYTES.min, Math.ceil(entry.unpackedBytes / 1032)));
	const inflater = new Inflate((chunk) => {
		if (written + chunk.length > out.length) throw new LimitPassed();
		out.set(chunk, written);
		written += chunk.length;
	});
	try {
		if (packed.length === 0) inflater.push(packed, true);
		for (let at = 0; at < packed.length; at += step) inflater.push(packed.subarray(at, at + step), at + step >= packed.length);
	} catch (error) {
		if (error instanceof LimitPassed) return { code: 'import.zip-bomb', params: { reason: 'lying', part: entry.name, found: entry.unpackedBytes } };
		return { code: 'import.zip-corrupt', params: { reason: 'deflate', part: entry.name } };
	}
	if (written !== out.length) return { code: 'import.zip-corrupt', params: { reason: 'size', part: entry.name } };
	return out;
}

/**
 * Unpacks the XML parts of an .xlsx file within limits: first from the sizes its zip directory
 * declares (a bomb that tells the truth is refused before anything is inflated), then while
 * inflating (one that lies is stopped as soon as it passes its claim). Never throws: a file that
 * is empty, not a zip, truncated or damaged is refused with the message that fits.
 */
export function unpackWorkbook(bytes: Uint8Array, limits: WorkbookLimits = WORKBOOK_LIMITS): UnpackResult {
	if (bytes.length === 0) return refuse('import.file-empty');
	if (bytes.length < 22) return bytes[0] === 0x50 && bytes[1] === 0x4b ? refuse('import.zip-truncated') : refuseNonZip(bytes);
	const directory = readCentralDirectory(bytes, limits);
	if ('kind' in directory) return directory;
	const wanted = directory.entries.filter((entry) => isParsedPart(entry.name));

	// 1. The declared sizes: the total, and each large part's compression ratio.
	const declared = wanted.reduce((sum, entry) => sum + entry.unpackedBytes, 0);
	if (declared > limits.maxUnpackedBytes)
		return refuse('import.zip-bomb', { reason: 'total', found: declared, limit: limits.maxUnpackedBytes, packed: bytes.length });
	for (const entry of wanted) {
		const ratio = entry.unpackedBytes / Math.max(1, entry.packedBytes);
		if (entry.unpackedBytes > limits.ratioFromBytes && ratio > limits.maxRatio) {
			return refuse('import.zip-bomb', { reason: 'ratio', part: entry.name, found: Math.round(ratio), limit: limits.maxRatio });
		}
	}

	// 2. Each part, inflated no further than it declared (so the total stays under the limit too).
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const parts = new Map<string, Uint8Array>();
	for (const entry of wanted) {
		// A zip may list a name twice; the first entry is the one read, as the directory orders them.
		if (parts.has(entry.name)) continue;
		if (entry.flags & 0x1) return refuse('import.xls-or-password');
		if (entry.method !== 0 && entry.method !== 8) return refuse('import.zip-corrupt', { reason: 'method', part: entry.name });
		if (entry.localOffset + 30 > bytes.length || view.getUint32(entry.localOffset, true) !== SIGNATURE.local) return refuse('import.zip-truncated');
		const dataStart = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
		if (dataStart + entry.packedBytes > bytes.length) return refuse('import.zip-truncated');
		const part = inflateEntry(bytes, entry, dataStart);
		if (!(part instanceof Uint8Array)) return { kind: 'refused', refusal: part };
		parts.set(entry.name, part);
	}
	return { kind: 'ok', parts };
}

/**
 * Packs checked parts into a new zip (stored, not compressed) for the spreadsheet reader, so that it
 * reads exactly what was checked: a reader that streams a zip from its start could otherwise meet
 * entries that the directory does not list.
 */
export function repackParts(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
	const files: Zippable = {};
	for (const [name, data] of parts) files[name] = [data, { level: 0 }];
	return zipSync(files);
}
