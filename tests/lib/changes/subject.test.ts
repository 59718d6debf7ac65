import { describe, expect, test } from 'vitest';
import { cleanSubject, MAX_SUBJECT } from '../../../src/lib/changes/subject.ts';

describe('cleanSubject', () => {
	test.each([
		['keeps an ordinary subject as it is', 'Sửa 2446/QĐ-UBND: tổng số 97 → 95', 'Sửa 2446/QĐ-UBND: tổng số 97 → 95'],
		['masks a phone number with its keyword', 'Đổi cơ quan cử, SĐT 0912 345 678', 'Đổi cơ quan cử, •'],
		['masks a citizen ID number', 'Ghi CCCD 001085012345 của ông A', 'Ghi • của ông A'],
		['masks a private e-mail address', 'Liên hệ nguyen.van.a@gmail.com', 'Liên hệ •'],
		['removes a zero-width space inside a word', 'Sửa ng\u200bày 17/10/2025', 'Sửa ngày 17/10/2025'],
		['removes a direction override', 'Thêm dòng \u202eabc', 'Thêm dòng abc'],
		['turns a tab into a space', 'Thêm\tdòng', 'Thêm dòng'],
		['masks personal data hidden behind an invisible character', 'SĐT 0912\u200b 345 678', '•'],
		['folds a Vietnamese subject typed in NFD to NFC', 'Sửa'.normalize('NFD'), 'Sửa'],
	])('%s', (_name, subject, expected) => {
		expect(cleanSubject(subject)).toBe(expected);
	});

	test('cuts a long subject with an ellipsis', () => {
		const cleaned = cleanSubject('x'.repeat(500));
		expect([...cleaned]).toHaveLength(MAX_SUBJECT);
		expect(cleaned.endsWith('…')).toBe(true);
	});
});
