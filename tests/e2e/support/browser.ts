// Imported by the browser tests only: launches the system Chromium through playwright-core.
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium is: the environment variable CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string {
	return env['CHROMIUM_PATH'] || '/usr/bin/chromium';
}

/**
 * Flags for a closed network and a shared CI machine: no sandbox (containers), no GPU, no background
 * traffic (updates, sync, safe-browsing lists), no QUIC, and no name resolution for any host but the
 * loopback server, so a page that asks for anything outside the machine fails to load it.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--disable-quic',
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/**
 * Launches headless Chromium. playwright-core gives every launch a fresh temporary user-data-dir and
 * deletes it on close, so no profile state carries between runs.
 */
export async function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS], timeout: 60_000 });
}
