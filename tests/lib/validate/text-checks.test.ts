import { describe, expect, test } from 'vitest';
import { checkUrl, maskNames, maskPersonal } from '../../../src/lib/validate/text-checks.ts';

const kinds = (url: string): unknown[] => checkUrl(url).map((f) => f.params['kind'] ?? f.code);

describe('an address', () => {
	test.each([
		['a phone as a messenger link', 'https://zalo.me/0912345678', ['phone']],
		['an ID in a fragment written as a parameter', 'https://example.org/bao-chi#cccd=001085012345', ['citizen-id']],
		['an ID under a personal parameter name', 'https://example.org/ho-so?cccd=001195012345', ['citizen-id']],
		['a private mailto address', 'mailto:nguyenvana@gmail.com', ['email']],
		['a direction override, percent-encoded', 'https://example.org/%E2%80%AEfdp.exe', ['text.character']],
	])('refuses %s', (_name, url, expected) => {
		expect(kinds(url)).toEqual(expected);
	});

	test.each([
		['an article number of a newspaper', 'https://dantri.com.vn/xa-hoi/de-xuat-20251018103045678.htm'],
		['a section fragment', 'https://example.org/a#section-2'],
		['an official mailbox', 'mailto:sonoivu@dienbien.gov.vn'],
		['a decision PDF', 'https://example.org/quyet-dinh/2446-qd-ubnd-2025.pdf'],
	])('accepts %s', (_name, url) => {
		expect(kinds(url)).toEqual([]);
	});
});

describe('masking what a message or an old value quotes', () => {
	test('masks personal data and honorific names, and nothing else', () => {
		const masked = maskPersonal('Gọi 0912 345 678 về 2446/QĐ-UBND');
		expect(masked).not.toMatch(/0912|345|678/u);
		expect(masked).toMatch(/^Gọi •+ về 2446\/QĐ-UBND$/u);
		expect(maskNames('Xóa tên bà Trần Thị Xóa theo yêu cầu')).toBe('Xóa tên • theo yêu cầu');
		// A place named after a person is one word after the honorific: left as it is.
		expect(maskNames('Phường Cầu Ông Lãnh')).toBe('Phường Cầu Ông Lãnh');
	});
});
