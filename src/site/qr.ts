// Imported by the commune page: a QR code for the printed notice, generated at build time.
import type { QRCodeToStringOptions } from 'qrcode';
import { site } from '../../site.config.ts';
import { escapeXml } from '../lib/escape.ts';
import { t, type Lang } from '../lib/i18n.ts';
import { qrInWorker } from '../lib/io/worker.ts';
import type { CommuneModel, Model } from '../lib/model/types.ts';
import { communePath } from '../lib/paths.ts';
import { hrefFor } from './href.ts';

/** Error correction M, no margin beyond the quiet zone the spec requires. */
const OPTIONS: QRCodeToStringOptions = { type: 'svg', errorCorrectionLevel: 'M', margin: 2 };

/** The public address of a commune's page in a language: what its QR code and printed notice give. */
export function communePageUrl(model: Model, commune: CommuneModel, lang: Lang): string {
	return new URL(hrefFor(lang)(communePath(model, commune)), site.url).href;
}

/**
 * The QR codes of every commune page in a language, asked of the build worker (src/lib/io/worker.ts)
 * when the first commune page is rendered: the codes are drawn on the other core in page order while
 * pages render, and each page takes its own (then dropped, so each is held only until its page).
 */
const PENDING = new WeakMap<Model, Map<Lang, Map<string, Promise<string>>>>();

function prefetchedCodes(model: Model, lang: Lang): Map<string, Promise<string>> {
	let byLang = PENDING.get(model);
	if (!byLang) PENDING.set(model, (byLang = new Map()));
	let codes = byLang.get(lang);
	if (!codes) {
		codes = new Map();
		for (const commune of model.communes) {
			const url = communePageUrl(model, commune, lang);
			const code = qrInWorker(url, OPTIONS);
			// A failure is reported to the page that takes the code, not as an unhandled rejection here.
			code.catch(() => undefined);
			codes.set(url, code);
		}
		byLang.set(lang, codes);
	}
	return codes;
}

/**
 * The inline SVG QR code of a commune page, leading back to it, with an accessible name. Drawn by
 * `qrcode` (a maintained library).
 */
export async function communeQrSvg(model: Model, commune: CommuneModel, lang: Lang): Promise<string> {
	const url = communePageUrl(model, commune, lang);
	// `astro dev` renders one page at a time: it draws that page's code only.
	const codes = import.meta.env.DEV ? undefined : prefetchedCodes(model, lang);
	const code = codes?.get(url) ?? qrInWorker(url, OPTIONS);
	codes?.delete(url);
	return qrSvgWithName(await code, t(lang, 'commune.qrTitle'));
}

/** qrcode's SVG without its XML declaration, with a role, an accessible name and a fixed size. */
function qrSvgWithName(svg: string, title: string): string {
	return svg
		.replace(/<\?xml[^>]*>\s*/u, '')
		.replace('<svg ', `<svg role="img" aria-label="${escapeXml(title)}" width="120" height="120" `)
		.trim();
}
