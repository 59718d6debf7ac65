import { describe, expect, test } from 'vitest';
import { findPersonalData, type PersonalDataKind } from '../../../src/lib/validate/personal-data.ts';

/** Each hit as its kind and the stretch of text it covers, which pins index and length readably. */
function stretches(text: string): Array<[PersonalDataKind, string]> {
	return findPersonalData(text).map((hit) => [hit.kind, text.slice(hit.index, hit.index + hit.length)]);
}

interface Positive {
	text: string;
	kind: PersonalDataKind;
	/** The exact stretch reported. */
	stretch: string;
}

const CITIZEN_IDS: Positive[] = [
	{ text: 'Ghi chú: 001195012345', kind: 'citizen-id', stretch: '001195012345' },
	{ text: 'CCCD 0011 9501 2345 (giả lập)', kind: 'citizen-id', stretch: 'CCCD 0011 9501 2345' },
	{ text: 'mã 0011 9501 2345', kind: 'citizen-id', stretch: '0011 9501 2345' },
	{ text: 'mã 001.195.012.345', kind: 'citizen-id', stretch: '001.195.012.345' },
	{ text: 'mã 001-195-012-345', kind: 'citizen-id', stretch: '001-195-012-345' },
	{ text: 'giấy tờ 012345678', kind: 'citizen-id', stretch: '012345678' },
	{ text: 'giấy tờ 012 345 678', kind: 'citizen-id', stretch: '012 345 678' },
	{ text: 'Ông A, CCCD số 001195012345.', kind: 'citizen-id', stretch: 'CCCD số 001195012345' },
	{ text: 'CMND: 212 345 678', kind: 'citizen-id', stretch: 'CMND: 212 345 678' },
	{ text: 'số định danh cá nhân 001195012345', kind: 'citizen-id', stretch: 'số định danh cá nhân 001195012345' },
	{ text: 'Căn cước công dân: 035195012345', kind: 'citizen-id', stretch: 'Căn cước công dân: 035195012345' },
	{ text: 'so cccd 001195012345', kind: 'citizen-id', stretch: 'cccd 001195012345' },
	{ text: 'chứng minh nhân dân số 212345678', kind: 'citizen-id', stretch: 'chứng minh nhân dân số 212345678' },
	{ text: 'mã số BHXH 0123456789', kind: 'citizen-id', stretch: 'mã số BHXH 0123456789' },
];

const PHONES: Positive[] = [
	{ text: 'gọi 0912345678', kind: 'phone', stretch: '0912345678' },
	{ text: 'gọi 0912 345 678', kind: 'phone', stretch: '0912 345 678' },
	{ text: 'gọi 0912-345-678', kind: 'phone', stretch: '0912-345-678' },
	{ text: 'gọi 091.234.5678', kind: 'phone', stretch: '091.234.5678' },
	{ text: 'gọi 0912 345678', kind: 'phone', stretch: '0912 345678' },
	{ text: 'gọi +84 912 345 678', kind: 'phone', stretch: '+84 912 345 678' },
	{ text: 'gọi 84912345678', kind: 'phone', stretch: '84912345678' },
	{ text: 'gọi (+84) 912345678', kind: 'phone', stretch: '(+84) 912345678' },
	{ text: 'gọi (+84) 912 345 678', kind: 'phone', stretch: '(+84) 912 345 678' },
	{ text: 'máy bàn 0215 3825 123', kind: 'phone', stretch: '0215 3825 123' },
	{ text: 'máy bàn 024 3825 1234', kind: 'phone', stretch: '024 3825 1234' },
	{ text: 'Máy bàn (0215) 3825123', kind: 'phone', stretch: '(0215) 3825123' },
	{ text: 'so dien thoai 0987654321', kind: 'phone', stretch: 'so dien thoai 0987654321' },
	{ text: 'Điện thoại: 0912 34 56 78', kind: 'phone', stretch: 'Điện thoại: 0912 34 56 78' },
	{ text: 'ĐT0912345678', kind: 'phone', stretch: 'ĐT0912345678' },
	{ text: 'Con số trong đề xuất (liên hệ 0912-345-678).', kind: 'phone', stretch: 'liên hệ 0912-345-678' },
	{ text: 'gọi 0912\u200b345678', kind: 'phone', stretch: '0912\u200b345678' },
];

const EMAILS: Positive[] = [
	{ text: 'thư: nguyenvangia@gmail.com, hộ chiếu', kind: 'email', stretch: 'nguyenvangia@gmail.com' },
	{ text: 'Nguyen.Van-A+bp@so-noi-vu.dienbien.gov.vn', kind: 'email', stretch: 'Nguyen.Van-A+bp@so-noi-vu.dienbien.gov.vn' },
	{ text: 'viết cho nguyenvana [at] gmail.com', kind: 'email', stretch: 'nguyenvana [at] gmail.com' },
	{ text: 'viết cho nguyenvana(at)gmail(dot)com', kind: 'email', stretch: 'nguyenvana(at)gmail(dot)com' },
];

const BIRTH_DATES: Positive[] = [
	{ text: 'Sinh năm 1985, quê quán Thái Bình', kind: 'birth-date', stretch: 'Sinh năm 1985' },
	{ text: 'ông A, sinh nam 1985', kind: 'birth-date', stretch: 'sinh nam 1985' },
	{ text: 'ông A, SN 1985, chuyên viên', kind: 'birth-date', stretch: 'SN 1985' },
	{ text: 'ông A (SN: 1985)', kind: 'birth-date', stretch: 'SN: 1985' },
	{ text: 'ông A (sinh ngày 12/03/1985)', kind: 'birth-date', stretch: 'sinh ngày 12/03/1985' },
	{ text: 'ngày sinh 12/3/1985', kind: 'birth-date', stretch: 'ngày sinh 12/3/1985' },
	{ text: 'Năm sinh: 1985', kind: 'birth-date', stretch: 'Năm sinh: 1985' },
	{ text: 'sinh ngày 12 tháng 3 năm 1985', kind: 'birth-date', stretch: 'sinh ngày 12 tháng 3 năm 1985' },
	{ text: 'Mr A, born in 1985', kind: 'birth-date', stretch: 'born in 1985' },
	{ text: 'born on 12 March 1985', kind: 'birth-date', stretch: 'born on 12 March 1985' },
	{ text: 'Date of birth withheld', kind: 'birth-date', stretch: 'Date of birth' },
	{ text: 'DOB on file', kind: 'birth-date', stretch: 'DOB' },
	{ text: 'Ngày sinh: (xem hồ sơ)', kind: 'birth-date', stretch: 'Ngày sinh:' },
];

const ADDRESSES: Positive[] = [
	{ text: 'ở số 12 đường Võ Nguyên Giáp', kind: 'address', stretch: 'số 12 đường' },
	{ text: 'ở số 12/3, phố Hàng Bài', kind: 'address', stretch: 'số 12/3, phố' },
	{ text: 'số nhà 5, bản Him Lam', kind: 'address', stretch: 'số nhà 5' },
	{ text: 'ngõ 12 Láng Hạ', kind: 'address', stretch: 'ngõ 12' },
	{ text: 'ngách 3, ngõ 12', kind: 'address', stretch: 'ngách 3' },
	{ text: 'hẻm 45 Nguyễn Trãi', kind: 'address', stretch: 'hẻm 45' },
	{ text: 'kiệt 7 Lê Lợi', kind: 'address', stretch: 'kiệt 7' },
	{ text: 'tổ 5, phường Him Lam', kind: 'address', stretch: 'tổ 5' },
	{ text: 'tổ dân phố 3', kind: 'address', stretch: 'tổ dân phố 3' },
	{ text: 'to dan pho 3', kind: 'address', stretch: 'to dan pho 3' },
	{ text: 'Quê quán: Thái Bình', kind: 'address', stretch: 'Quê quán' },
	{ text: 'que quan Thai Binh', kind: 'address', stretch: 'que quan' },
	{ text: 'Hộ khẩu thường trú tại xã A', kind: 'address', stretch: 'Hộ khẩu thường trú' },
	{ text: 'thường trú tại bản Na', kind: 'address', stretch: 'thường trú' },
	{ text: 'tạm trú tại bản Na', kind: 'address', stretch: 'tạm trú' },
	{ text: 'Nơi ở hiện nay: bản Na', kind: 'address', stretch: 'Nơi ở hiện nay' },
	{ text: 'Địa chỉ: bản Na, xã A', kind: 'address', stretch: 'Địa chỉ:' },
	{ text: 'địa chỉ nhà riêng', kind: 'address', stretch: 'địa chỉ nhà riêng' },
	{ text: 'địa chỉ liên hệ của ông A', kind: 'address', stretch: 'địa chỉ liên hệ' },
];

const OTHERS: Positive[] = [
	{ text: 'STK 0123456789', kind: 'bank-account', stretch: 'STK 0123456789' },
	{ text: 'số tài khoản: 1903 6789 0123 45', kind: 'bank-account', stretch: 'số tài khoản: 1903 6789 0123 45' },
	{ text: 'tài khoản số 0123456789 tại Vietcombank', kind: 'bank-account', stretch: 'tài khoản số 0123456789' },
	{ text: 'account no. 12345678', kind: 'bank-account', stretch: 'account no. 12345678' },
	{ text: 'thẻ 9704000000000018', kind: 'bank-account', stretch: '9704000000000018' },
	{ text: 'thẻ 9704 0000 0000 0018', kind: 'bank-account', stretch: '9704 0000 0000 0018' },
	{ text: 'mã 1234567890123', kind: 'bank-account', stretch: '1234567890123' },
	{ text: 'hộ chiếu C1234567.', kind: 'passport', stretch: 'hộ chiếu C1234567' },
	{ text: 'giấy tờ C1234567', kind: 'passport', stretch: 'C1234567' },
	{ text: 'giấy tờ B 1234567', kind: 'passport', stretch: 'B 1234567' },
	{ text: 'passport no. N12345678', kind: 'passport', stretch: 'passport no. N12345678' },
	{ text: 'xe 27A-123.45', kind: 'licence-plate', stretch: '27A-123.45' },
	{ text: 'xe 29A1-234.56', kind: 'licence-plate', stretch: '29A1-234.56' },
	{ text: 'xe 30E-12345', kind: 'licence-plate', stretch: '30E-12345' },
	{ text: 'xe 27B1 123.45', kind: 'licence-plate', stretch: '27B1 123.45' },
	{ text: 'biển số 27A12345', kind: 'licence-plate', stretch: 'biển số 27A12345' },
	{ text: 'mã số thuế 0101234567', kind: 'tax-code', stretch: 'mã số thuế 0101234567' },
	{ text: 'MST: 0101234567-001', kind: 'tax-code', stretch: 'MST: 0101234567-001' },
	{ text: 'MST 8012345678123', kind: 'tax-code', stretch: 'MST 8012345678123' },
];

/** Evasions a tester found: spacing, line breaks, glued words and spelled-out digits. */
const EVASIONS: Positive[] = [
	// Digits spelled one by one, or groups joined by a spaced dot or dash.
	{ text: 'Gọi 0 9 1 2 3 4 5 6 7 8', kind: 'phone', stretch: '0 9 1 2 3 4 5 6 7 8' },
	{ text: 'Gọi 0 9 1 2 . 3 4 5 . 6 7 8', kind: 'phone', stretch: '0 9 1 2 . 3 4 5 . 6 7 8' },
	{ text: 'Gọi 0-9-1-2-3-4-5-6-7-8.', kind: 'phone', stretch: '0-9-1-2-3-4-5-6-7-8' },
	{ text: 'máy bàn 0 2 1 5 3 8 2 5 1 2 3', kind: 'phone', stretch: '0 2 1 5 3 8 2 5 1 2 3' },
	{ text: 'Gọi 0912 . 345 . 678', kind: 'phone', stretch: '0912 . 345 . 678' },
	{ text: 'Gọi 0912 - 345 - 678', kind: 'phone', stretch: '0912 - 345 - 678' },
	{ text: 'giấy tờ 0 0 1 1 9 5 0 1 2 3 4 5', kind: 'citizen-id', stretch: '0 0 1 1 9 5 0 1 2 3 4 5' },
	{ text: 'giấy tờ 0.0.1.1.9.5.0.1.2.3.4.5', kind: 'citizen-id', stretch: '0.0.1.1.9.5.0.1.2.3.4.5' },
	{ text: 'giấy tờ 001 . 195 . 012 . 345', kind: 'citizen-id', stretch: '001 . 195 . 012 . 345' },
	// A number wrapped across two lines.
	{ text: 'Gọi 0913\n456 789', kind: 'phone', stretch: '0913\n456 789' },
	{ text: 'Gọi 0913\r\n456 789', kind: 'phone', stretch: '0913\r\n456 789' },
	{ text: 'call 0913\r\n456 789', kind: 'phone', stretch: '0913\r\n456 789' },
	{ text: 'call 0913\n456\t789', kind: 'phone', stretch: '0913\n456\t789' },
	{ text: 'mã 0011\n9501 2345', kind: 'citizen-id', stretch: '0011\n9501 2345' },
	{ text: 'Số điện\nthoại 0912345678', kind: 'phone', stretch: 'Số điện\nthoại 0912345678' },
	// A phone glued to the word before it.
	{ text: 'SĐT:0912345678', kind: 'phone', stretch: 'SĐT:0912345678' },
	{ text: 'ĐT0912345678', kind: 'phone', stretch: 'ĐT0912345678' },
	{ text: 'Gọi số0912345678', kind: 'phone', stretch: '0912345678' },
	{ text: 'gọi nhé0987654321.', kind: 'phone', stretch: '0987654321' },
	{ text: '(số0912345678)', kind: 'phone', stretch: '0912345678' },
	{ text: 'abc0912345678', kind: 'phone', stretch: '0912345678' },
	// E-mail addresses with spaces, or an "at" in brackets.
	{ text: 'thư nguyenvana @ gmail.com nhé', kind: 'email', stretch: 'nguyenvana @ gmail.com' },
	{ text: 'thư nguyenvana @gmail.com', kind: 'email', stretch: 'nguyenvana @gmail.com' },
	{ text: 'thư nguyenvana@ gmail . com', kind: 'email', stretch: 'nguyenvana@ gmail . com' },
	{ text: 'thư NguyenVanA @ Gmail.Com', kind: 'email', stretch: 'NguyenVanA @ Gmail.Com' },
	{ text: 'thư nguyenvana @ so-noi-vu.dienbien.gov.vn', kind: 'email', stretch: 'nguyenvana @ so-noi-vu.dienbien.gov.vn' },
	{ text: 'thư nguyenvana (at) gmail (dot) com', kind: 'email', stretch: 'nguyenvana (at) gmail (dot) com' },
	{ text: 'thư nguyenvana [a] gmail.com', kind: 'email', stretch: 'nguyenvana [a] gmail.com' },
	{ text: 'thư nguyenvana (a) gmail.com', kind: 'email', stretch: 'nguyenvana (a) gmail.com' },
	{ text: 'thư nguyenvana [at] mail.example.xyz', kind: 'email', stretch: 'nguyenvana [at] mail.example.xyz' },
	// Licence plates with spaces.
	{ text: 'xe 27 A 123.45', kind: 'licence-plate', stretch: '27 A 123.45' },
	{ text: 'xe 27A 123.45', kind: 'licence-plate', stretch: '27A 123.45' },
	{ text: 'xe 29 A1 234.56', kind: 'licence-plate', stretch: '29 A1 234.56' },
	{ text: 'xe 30 E 12345', kind: 'licence-plate', stretch: '30 E 12345' },
	{ text: 'xe 30 LD 12345', kind: 'licence-plate', stretch: '30 LD 12345' },
	{ text: 'xe 30 E-1234', kind: 'licence-plate', stretch: '30 E-1234' },
	// Addresses near the "trụ sở" exemption that stay flagged.
	{ text: 'Trụ sở UBND xã, số 5 đường Võ Nguyên Giáp', kind: 'address', stretch: 'số 5 đường' },
	{ text: 'tru so so 5 duong Vo Nguyen Giap', kind: 'address', stretch: 'so 5 duong' },
	{ text: 'các hộ trừ số 5 đường A', kind: 'address', stretch: 'số 5 đường' },
	{ text: 'Trụ sở số 5 đường A; ông B ở ngõ 12', kind: 'address', stretch: 'ngõ 12' },
	{ text: 'Làm việc tại khu phố 3 của phường', kind: 'address', stretch: 'khu phố 3' },
];

/** A second tester's finds: digits of other scripts, any separator or look-alike letters after a keyword, ideographic dots, spaced plate serials. */
const MORE_EVASIONS: Positive[] = [
	// Decimal digits of other scripts, read as the digits they are.
	{ text: 'SĐT ٠٩١٢٣٤٥٦٧٨', kind: 'phone', stretch: 'SĐT ٠٩١٢٣٤٥٦٧٨' },
	{ text: 'CCCD ००१०८५०१२३४५', kind: 'citizen-id', stretch: 'CCCD ००१०८५०१२३४५' },
	{ text: 'Liên lạc qua số ۰۹۱۲۳۴۵۶۷۸ nhé', kind: 'phone', stretch: '۰۹۱۲۳۴۵۶۷۸' },
	{ text: 'gọi ০৯১২৩৪৫৬৭৮', kind: 'phone', stretch: '০৯১২৩৪৫৬৭৮' },
	{ text: 'gọi ๐๙๑๒๓๔๕๖๗๘', kind: 'phone', stretch: '๐๙๑๒๓๔๕๖๗๘' },
	{ text: 'gọi ٠٩١٢ ٣٤٥ ٦٧٨', kind: 'phone', stretch: '٠٩١٢ ٣٤٥ ٦٧٨' },
	{ text: 'gọi ０９１２-３４５-６７８', kind: 'phone', stretch: '０９１２-３４５-６７８' },
	// Any separator between digit groups after a phone or ID keyword.
	{ text: 'SĐT 0912/345/678', kind: 'phone', stretch: 'SĐT 0912/345/678' },
	{ text: 'SĐT 0912_345_678', kind: 'phone', stretch: 'SĐT 0912_345_678' },
	{ text: 'SĐT 0912·345·678', kind: 'phone', stretch: 'SĐT 0912·345·678' },
	{ text: 'SĐT 0912,345,678', kind: 'phone', stretch: 'SĐT 0912,345,678' },
	{ text: 'SĐT 0912;345;678', kind: 'phone', stretch: 'SĐT 0912;345;678' },
	{ text: 'SĐT 0912|345|678', kind: 'phone', stretch: 'SĐT 0912|345|678' },
	{ text: 'SĐT 0912 • 345 • 678', kind: 'phone', stretch: 'SĐT 0912 • 345 • 678' },
	{ text: 'điện thoại: 0912 / 345 / 678', kind: 'phone', stretch: 'điện thoại: 0912 / 345 / 678' },
	{ text: 'ĐT 024/3825/1234', kind: 'phone', stretch: 'ĐT 024/3825/1234' },
	{ text: 'CCCD 001/195/012/345', kind: 'citizen-id', stretch: 'CCCD 001/195/012/345' },
	{ text: 'CMND 212_345_678', kind: 'citizen-id', stretch: 'CMND 212_345_678' },
	// Letters standing for digits after a phone keyword.
	{ text: 'SĐT O9l2345678', kind: 'phone', stretch: 'SĐT O9l2345678' },
	{ text: 'SĐT: O9I2 345 678', kind: 'phone', stretch: 'SĐT: O9I2 345 678' },
	{ text: 'điện thoại 09l2.345.678', kind: 'phone', stretch: 'điện thoại 09l2.345.678' },
	// E-mail addresses with a fullwidth or ideographic dot.
	{ text: 'thư nguyenvana@gmail。com', kind: 'email', stretch: 'nguyenvana@gmail。com' },
	{ text: 'thư nguyenvana@gmail．com', kind: 'email', stretch: 'nguyenvana@gmail．com' },
	{ text: 'thư nguyenvana@gmail｡com', kind: 'email', stretch: 'nguyenvana@gmail｡com' },
	// Licence plates with a space in the serial.
	{ text: 'Xe 27 A 123 45', kind: 'licence-plate', stretch: '27 A 123 45' },
	{ text: 'xe 27A 123 45', kind: 'licence-plate', stretch: '27A 123 45' },
	{ text: 'xe 29A1 234 56', kind: 'licence-plate', stretch: '29A1 234 56' },
	{ text: 'biển số 27A-123 45', kind: 'licence-plate', stretch: 'biển số 27A-123 45' },
];

const AGES: Positive[] = [
	{ text: 'Ông A, 45 tuổi, chuyên viên', kind: 'age', stretch: '45 tuổi' },
	{ text: 'ông A, 45 tuoi', kind: 'age', stretch: '45 tuoi' },
	{ text: 'Ông Nguyễn Văn A (45 tuổi)', kind: 'age', stretch: '45 tuổi' },
	{ text: 'Ông A 45tuổi', kind: 'age', stretch: '45tuổi' },
	{ text: 'Mr A, aged 45, officer', kind: 'age', stretch: 'aged 45' },
	{ text: 'Mr A is 45 years old', kind: 'age', stretch: '45 years old' },
	{ text: 'a 45-year-old officer', kind: 'age', stretch: '45-year-old' },
	{ text: 'Mr A, age 45', kind: 'age', stretch: 'age 45' },
	{ text: 'ông A ở tuổi 45', kind: 'age', stretch: 'tuổi 45' },
	{ text: 'Tuổi: 45', kind: 'age', stretch: 'Tuổi: 45' },
	{ text: 'cụ B, 120 tuổi', kind: 'age', stretch: '120 tuổi' },
	{ text: 'Ông Tú 45 tuổi', kind: 'age', stretch: '45 tuổi' },
];

describe('findPersonalData finds', () => {
	test.each([...CITIZEN_IDS, ...PHONES, ...EMAILS, ...BIRTH_DATES, ...ADDRESSES, ...OTHERS])('a $kind in $text', ({ text, kind, stretch }) => {
		expect(stretches(text)).toContainEqual([kind, stretch]);
	});

	test.each(EVASIONS)('a $kind written to evade: $text', ({ text, kind, stretch }) => {
		expect(stretches(text)).toContainEqual([kind, stretch]);
	});

	test.each(MORE_EVASIONS)('a $kind written to evade: $text', ({ text, kind, stretch }) => {
		expect(stretches(text)).toContainEqual([kind, stretch]);
	});

	test.each(AGES)('an $kind in $text', ({ text, kind, stretch }) => {
		expect(stretches(text)).toEqual([[kind, stretch]]);
	});
});

const NEGATIVES: Array<{ text: string; what: string }> = [
	// Decision numbers and dates.
	{ what: 'a decision number', text: '2446/QĐ-UBND' },
	{ what: 'a decision number with its year', text: '19/2025/QĐ-TTg' },
	{ what: 'a decision cited with its date', text: 'Quyết định số 1234/QĐ-UBND ngày 17/10/2025' },
	{ what: 'a decree number', text: 'Điều 5 khoản 2 Nghị định 170/2025/NĐ-CP' },
	{ what: 'a date with slashes', text: '17/10/2025' },
	{ what: 'an ISO date', text: '2025-10-20' },
	{ what: 'an ISO timestamp', text: '2025-10-20T08:30:00Z' },
	{ what: 'a date with dashes', text: '20-10-2025' },
	{ what: 'a date with dots', text: '17.10.2025' },
	{ what: 'two dates in a row', text: 'từ 01-10-2025 05 người' },
	{ what: 'a month', text: 'tháng 10/2025' },
	{ what: 'a year', text: 'năm 2025' },
	{ what: 'a start date', text: 'từ 1/7/2025' },
	{ what: 'a time', text: 'lúc 10:30' },
	// Codes.
	{ what: 'a commune code', text: '03127' },
	{ what: 'a commune named by code', text: 'xã 03158' },
	{ what: 'two commune codes', text: '03127 03158' },
	{ what: 'a list of commune codes', text: '03127, 03158, 03151' },
	{ what: 'a province code', text: '11' },
	{ what: 'a dossier code', text: '000.00.12.H12-251020-0001' },
	// Counts, money, percentages.
	{ what: 'a count', text: '97 người' },
	{ what: 'a count with a thousands separator', text: '4.000 người' },
	{ what: 'money with dots', text: '1.234.567.890 đồng' },
	{ what: 'money of nine digits', text: '500.000.000 đồng' },
	{ what: 'money of twelve digits', text: '100.000.000.000 VND' },
	{ what: 'money with spaces', text: '1 234 567 890 đồng' },
	{ what: 'money without separators', text: '150000000 đồng' },
	{ what: 'money after its currency', text: 'VND 500000000' },
	{ what: 'a count without separators', text: '123456789 lượt' },
	{ what: 'a decimal amount', text: '1,5 tỷ đồng' },
	{ what: 'a percentage', text: '12,5%' },
	{ what: 'a whole percentage', text: 'đạt 100%' },
	// Parts of a text.
	{ what: 'an article', text: 'Điều 5' },
	{ what: 'a clause', text: 'khoản 2' },
	{ what: 'an appendix', text: 'Phụ lục 1 kèm theo Quyết định số 2446/QĐ-UBND' },
	// Words that look like keywords.
	{ what: 'a working group', text: 'Tổ công tác' },
	{ what: 'a team of five', text: 'tổ 5 người' },
	{ what: 'an organisation', text: 'tổ chức 5 hội nghị' },
	{ what: 'pupils', text: 'học sinh' },
	{ what: 'students', text: 'sinh viên' },
	{ what: 'an activity', text: 'sinh hoạt chi bộ' },
	{ what: 'a meeting day', text: 'ngày sinh hoạt 12/3/2025' },
	{ what: 'something arising', text: 'phát sinh' },
	{ what: 'costs arising in a year', text: 'các khoản phát sinh năm 2015' },
	{ what: 'pupils of a year', text: 'số học sinh năm 2010' },
	{ what: 'enrolment of a year', text: 'tuyển sinh năm 2010' },
	{ what: 'a work place', text: 'Nơi công tác: Sở Xây dựng' },
	{ what: 'a website address', text: 'địa chỉ trang web của Sở' },
	{ what: 'a website address after a label', text: 'Địa chỉ: https://dienbien.gov.vn' },
	{ what: 'an area', text: 'trên địa bàn tỉnh' },
	{ what: 'the residence law', text: 'Luật Cư trú' },
	{ what: 'a standing committee', text: 'Ủy viên Thường trực' },
	{ what: 'an English "to"', text: 'seconded to 5 communes' },
	{ what: 'a surname before a number', text: 'nhóm Ngô 12' },
	{ what: 'three deputies', text: 'gồm số 3 Phó Giám đốc' },
	{ what: 'a highway', text: 'Quốc lộ 12A' },
	{ what: 'a service line after a phone keyword', text: 'hotline 1900 1234' },
	{ what: 'a keyword without a value', text: 'cấp căn cước, số điện thoại và số tài khoản cho người dân' },
	// URLs, names, ids, hashes, versions.
	{ what: 'a URL', text: 'https://example.org/quyet-dinh/0912345678.pdf' },
	{ what: 'a URL without a scheme', text: 'www.dienbien.gov.vn/van-ban/001195012345' },
	{ what: 'a name and post', text: 'Ông Nguyễn Văn A, Phó Giám đốc Sở Xây dựng' },
	{ what: 'an agency id', text: 'so-xay-dung' },
	{ what: 'a decision id', text: '2446-qd-ubnd-2025' },
	{ what: 'a SHA-256 digest', text: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' },
	{ what: 'another SHA-256 digest', text: 'b65224811d3a57c4f1ad096fc7f24807860b1ff684f4a7c34e2ba1216605e367' },
	{ what: 'a package version', text: '> minh-bach@0.1.0 check' },
	{ what: 'a version number', text: 'v1.2.3' },
	{ what: 'an English summary', text: 'Secondment of 97 officials from 12 departments to 45 communes for 6 months from 06/10/2025' },
	{ what: 'an empty string', text: '' },
];

describe('findPersonalData leaves alone', () => {
	test.each(NEGATIVES)('$what: $text', ({ text }) => {
		expect(stretches(text)).toEqual([]);
	});
});

/** Ordinary text next to the evasions above, which must stay quiet. */
const NEAR_EVASIONS: Array<{ text: string; what: string }> = [
	// Single digits that do not spell a phone or an ID.
	{ what: 'a list of small numbers', text: 'các mục 1 2 3' },
	{ what: 'a list running into two-digit numbers', text: 'mục 1 2 3 4 5 6 7 8 9 10 11 12' },
	{ what: 'a list of two-digit numbers', text: 'các mục 10 11 12 13 14 15' },
	{ what: 'a list of zero-padded numbers', text: 'các mục 01 02 03 04 05 06' },
	{ what: 'ten single digits not shaped like a phone', text: 'thứ tự 0 1 2 3 4 5 6 7 8 9' },
	{ what: 'eleven single digits not shaped like a phone', text: 'dãy 0 9 1 2 3 4 5 6 7 8 9' },
	{ what: 'nine single digits', text: 'dãy 0 1 2 3 4 5 6 7 8' },
	{ what: 'a row of counts between longer numbers', text: 'số liệu 12 0 3 5 7 1 0 2 4 6 8 15' },
	{ what: 'a deep section number', text: 'mục 1.2.3.4.5.6.7.8.9.1.0.2' },
	{ what: 'single digits with spaced dots', text: 'mục 1 . 2 . 3' },
	{ what: 'years joined by spaced dashes', text: 'các năm 2021 - 2025 - 2030' },
	{ what: 'a period of years', text: 'giai đoạn 2021 - 2025' },
	// Line breaks.
	{ what: 'two commune codes on two lines', text: 'xã 03127\n03158' },
	{ what: 'two commune codes on two CRLF lines', text: 'xã 03127\r\n03158' },
	{ what: 'a number split by a blank line', text: 'mã 0913\n\n456 789' },
	{ what: 'a number split by a blank CRLF line', text: 'mã 0913\r\n\r\n456 789' },
	{ what: 'money wrapped across two lines', text: 'tổng 500 000\n000 đồng' },
	{ what: 'a decision cited across two lines', text: 'Quyết định số 1234/QĐ-UBND\nngày 17/10/2025' },
	{ what: 'pupils of a year across two lines', text: 'số học\nsinh năm 2010' },
	// Digits glued to letters that are not a phone.
	{ what: 'an agency id with a number', text: 'so-xay-dung0912345678' },
	{ what: 'an id with digits before its letters', text: 'qd2446x0912345678' },
	{ what: 'an id with an underscore', text: 'a_b0912345678' },
	{ what: 'a file name', text: 'file0912345678.pdf' },
	{ what: 'digits glued on both sides', text: 'x0912345678y' },
	{ what: 'a long word before the digits', text: 'abcdefghijklmnopq0912345678' },
	{ what: 'ten glued digits not shaped like a mobile', text: 'mã0123456789' },
	{ what: 'a query string', text: 'trang?id=so0912345678' },
	// "@" and "(a)" in prose.
	{ what: 'an "@" for "at" before a time', text: 'họp @ 9 giờ' },
	{ what: 'an "@" before a place and a sentence without a space', text: 'họp @ hội trường.Sau đó về' },
	{ what: 'an "@" before a sentence end and a word', text: 'họp @ nhà . Có mặt đủ' },
	{ what: 'an "@" before a word that folds to a domain', text: 'ăn @ nhà . Cơm ngon' },
	{ what: 'an "@" before an amount', text: 'giá @ 5.000 đồng' },
	{ what: 'an "@" before a name with an unknown ending', text: 'chia sẻ @ nhóm.Zalo' },
	{ what: 'a lettered point before a clause', text: 'theo điểm (a) khoản 1.2' },
	{ what: 'a one-letter domain ending', text: 'nguyenvana (at) gmail (dot) c' },
	// Numbers and letters that are not a plate.
	{ what: 'an article with a letter', text: 'Điều 27 A' },
	{ what: 'a number and a letter', text: '27 A' },
	{ what: 'an article before a count', text: 'Điều 27 a 12345' },
	{ what: 'a number, a word and a number', text: 'tổng 27 là 12345' },
	{ what: 'a group and a count of people', text: 'nhóm 12 B 10000 người' },
	{ what: 'an article before an amount', text: 'Điều 27 A 12.345 đồng' },
	// An office's seat, exempt right after "Trụ sở".
	{ what: 'an office on a street', text: 'Trụ sở số 5 đường Võ Nguyên Giáp' },
	{ what: 'an office in a neighbourhood', text: 'Trụ sở tại khu phố 3' },
	{ what: 'a head office with a house number', text: 'Trụ sở chính: số nhà 5' },
	{ what: 'an office in an alley', text: 'Trụ sở số 5 ngõ 12 Láng Hạ' },
	{ what: 'an office in a sub-alley', text: 'Trụ sở: số 5, ngõ 12, ngách 3' },
	{ what: 'an office placed on a street', text: 'Trụ sở đặt tại số 12/3, phố Hàng Bài' },
];

/** Ordinary text next to the second tester's evasions and the ages, which must stay quiet. */
const NEAR_MORE_EVASIONS: Array<{ text: string; what: string }> = [
	// Digits of other scripts that are not personal data.
	{ what: 'a decision number in Arabic-Indic digits', text: '٢٤٤٦/QĐ-UBND' },
	{ what: 'a date in Devanagari digits', text: 'ngày १७/१०/२०२५' },
	{ what: 'a count in Thai digits', text: '๙๗ người' },
	// Other separators after a keyword that do not make a phone or an ID.
	{ what: 'a date after "ĐT" (đào tạo)', text: 'ĐT 17/10/2025' },
	{ what: 'a decision number after an ID keyword', text: 'CCCD 2446/QĐ-UBND' },
	{ what: 'short groups after a phone keyword', text: 'SĐT 12/34/56' },
	{ what: 'a CCCD-length run after a phone keyword', text: 'SĐT 0011/9501/2345' },
	{ what: 'a phone with other separators and no keyword', text: 'mã 0912/345/678' },
	{ what: 'slashed groups of the wrong length after an ID keyword', text: 'CCCD 001/195/01/234' },
	// Look-alike letters that are not a phone.
	{ what: 'look-alike letters without a keyword', text: 'mã O9l2345678' },
	{ what: 'look-alike letters of the wrong shape after a keyword', text: 'SĐT O1l2345678' },
	{ what: 'too few real digits among look-alikes', text: 'SĐT Ooiloil2345' },
	{ what: 'look-alikes glued to a word', text: 'SĐT O9l2345678abc' },
	// A plate-like serial with a space that is not a plate.
	{ what: 'a lowercase series with a spaced serial', text: 'mục 27a 123 45' },
	{ what: 'a spaced serial before a unit', text: 'nhóm 12 B 100 20 người' },
	{ what: 'a spaced serial too long', text: 'xe 27A 123 456' },
	// Ages of a policy, not a person.
	{ what: 'an age limit below', text: 'cán bộ dưới 35 tuổi' },
	{ what: 'an age limit above', text: 'công dân trên 18 tuổi' },
	{ what: 'an age range', text: 'người từ 18 đến 60 tuổi' },
	{ what: 'an age range with a dash', text: 'người 18 - 60 tuổi' },
	{ what: 'an age range with an en dash', text: 'người 18–60 tuổi' },
	{ what: 'a full age', text: 'người đủ 18 tuổi' },
	{ what: 'an age bracket', text: 'độ tuổi 25–35' },
	{ what: 'an age bracket without diacritics', text: 'do tuoi 25-35' },
	{ what: 'an age group', text: 'nhóm tuổi 25' },
	{ what: 'an age ceiling', text: 'không quá 45 tuổi' },
	{ what: 'an age maximum', text: 'tối đa 50 tuổi' },
	{ what: 'an age minimum', text: 'tối thiểu 18 tuổi' },
	{ what: 'an age and over', text: 'cán bộ 45 tuổi trở lên' },
	{ what: 'an age and under', text: 'cán bộ 35 tuổi trở xuống' },
	{ what: 'an English age limit', text: 'officials under 35 years old' },
	{ what: 'an English age range', text: 'officials aged 18 to 60' },
	{ what: 'an English age range with a dash', text: 'officials aged 18-60' },
	{ what: 'an English age and over', text: 'officials aged 18 and over' },
	{ what: 'an English age or older', text: 'citizens 18 years old or older' },
	{ what: 'an English age plus', text: 'aged 18+' },
	{ what: 'a retirement age', text: 'the retirement age 60' },
	{ what: 'an English age group', text: 'training for 18-year-olds' },
	{ what: 'an age range in English words', text: 'between 18 and 60 years old' },
	{ what: 'an age above 120', text: 'cây 150 tuổi' },
	{ what: 'a year after "tuổi"', text: 'tuổi 2025' },
	{ what: 'a number before "tươi" (fresh)', text: 'rau 45 tươi' },
	{ what: 'a page number', text: 'page 45' },
];

describe('findPersonalData leaves alone, near the second evasions and the ages', () => {
	test.each(NEAR_MORE_EVASIONS)('$what: $text', ({ text }) => {
		expect(stretches(text)).toEqual([]);
	});
});

describe('findPersonalData leaves alone, near the evasions', () => {
	test.each(NEAR_EVASIONS)('$what: $text', ({ text }) => {
		expect(stretches(text)).toEqual([]);
	});
});

describe('findPersonalData positions', () => {
	test('reports index and length in the input string', () => {
		expect(findPersonalData('Ông A, SĐT 0912 345 678')).toEqual([{ kind: 'phone', index: 7, length: 16 }]);
	});

	test('reports every hit in order', () => {
		const text = 'Ông Nguyễn Văn Giả (sinh ngày 12/03/1985, CMND 012345678) được cử về xã; thư: nguyenvangia@gmail.com, hộ chiếu C1234567.';
		expect(stretches(text)).toEqual([
			['birth-date', 'sinh ngày 12/03/1985'],
			['citizen-id', 'CMND 012345678'],
			['email', 'nguyenvangia@gmail.com'],
			['passport', 'hộ chiếu C1234567'],
		]);
	});

	test('merges a keyword and its value into one hit named by the keyword', () => {
		expect(findPersonalData('Ngày sinh: 12/3/1985')).toEqual([{ kind: 'birth-date', index: 0, length: 20 }]);
		expect(findPersonalData('tài khoản số 0912345678')).toEqual([{ kind: 'bank-account', index: 0, length: 23 }]);
	});

	test('reports two phones separated by a comma as two hits', () => {
		expect(stretches('0912345678, 0987654321')).toEqual([
			['phone', '0912345678'],
			['phone', '0987654321'],
		]);
	});

	test('finds a phone after a year without joining them', () => {
		expect(stretches('năm 2025 0912 345 678')).toEqual([['phone', '0912 345 678']]);
	});

	test.each([
		['Sinh năm 1985', 'birth-date'],
		['Số điện thoại: 0912 345 678', 'phone'],
		['Quê quán: Thái Bình', 'address'],
		['tổ 5, phường Him Lam', 'address'],
	] as const)('reports positions in the original string of an NFD text: %s', (nfc, kind) => {
		const nfd = nfc.normalize('NFD');
		const [hit] = findPersonalData(nfd);
		expect(hit?.kind).toBe(kind);
		expect(nfd.slice(hit!.index, hit!.index + hit!.length).normalize('NFC')).toBe(stretches(nfc)[0]![1]);
	});

	test.each([
		['a CRLF line break', 'Gọi 0913\r\n456 789', 4, 13],
		['a CRLF line break in ASCII', 'call 0913\r\n456 789', 5, 13],
		['an LF line break in ASCII', 'call 0913\n456 789', 5, 12],
	])('reports positions in the original string around %s', (_, text, index, length) => {
		expect(findPersonalData(text)).toEqual([{ kind: 'phone', index, length }]);
	});

	test('reports positions in the original string of an NFD text with a CRLF line break', () => {
		const nfd = 'Số điện thoại:\r\n0912 345 678'.normalize('NFD');
		expect(findPersonalData(nfd)).toEqual([{ kind: 'phone', index: 0, length: nfd.length }]);
	});

	test('reports a spelled phone and a spelled ID in one text as two hits', () => {
		expect(stretches('Gọi 0 9 1 2 3 4 5 6 7 8, CCCD 0 0 1 1 9 5 0 1 2 3 4 5')).toEqual([
			['phone', '0 9 1 2 3 4 5 6 7 8'],
			['citizen-id', 'CCCD 0 0 1 1 9 5 0 1 2 3 4 5'],
		]);
	});

	test.each([
		['Arabic-Indic', 'Ông A, SĐT ٠٩١٢٣٤٥٦٧٨.', 7, 14],
		['Devanagari', 'ông A — CCCD ००१०८५०१२३४५ —', 8, 17],
		['extended Arabic-Indic in an NFD text', 'Số điện thoại ۰۹۱۲۳۴۵۶۷۸'.normalize('NFD'), 0, 'Số điện thoại ۰۹۱۲۳۴۵۶۷۸'.normalize('NFD').length],
	])('reports positions in the original string of %s digits', (_, text, index, length) => {
		const [hit] = findPersonalData(text);
		expect(hit).toMatchObject({ index, length });
	});

	test('reports an age and a phone in one text as two hits', () => {
		expect(stretches('Ông A (45 tuổi), SĐT 0912/345/678')).toEqual([
			['age', '45 tuổi'],
			['phone', 'SĐT 0912/345/678'],
		]);
	});

	test('reads fullwidth digits as digits', () => {
		expect(stretches('gọi ０９１２３４５６７８')).toEqual([['phone', '０９１２３４５６７８']]);
	});
});

describe('findPersonalData on long input', () => {
	// No timing assertion: a pattern that backtracks would take minutes, not milliseconds.
	test.each([
		['digits and spaces', '1 2 3 4 5 6 7 8 9 0 '.repeat(5_000)],
		['the letter a', 'a'.repeat(100_000)],
		['dots between digits', '1.'.repeat(50_000)],
		['address characters before a lone @', `${'a.'.repeat(50_000)}@`],
		['repeated keywords without values', 'sinh '.repeat(20_000)],
		['single zeros', '0 '.repeat(50_000)],
		['spaced dots between single digits', '0 . '.repeat(25_000)],
		['years joined by spaced dots', '2025 . '.repeat(14_000)],
		['blank CRLF lines between groups', '0913\r\n\r\n'.repeat(12_500)],
		['spaced at signs and dots', 'a @ a . '.repeat(12_500)],
		['bracketed letters', 'a [a] '.repeat(16_000)],
		['spaced plates without a serial', '27 A '.repeat(20_000)],
		['long words glued to mobiles', `${'a'.repeat(20)}0912345678 `.repeat(3_000)],
		['office addresses', 'Trụ sở số 5 đường '.repeat(5_500)],
		['age limits', 'dưới 35 tuổi '.repeat(7_500)],
		['Arabic-Indic digit groups after a keyword', 'SĐT ٠١/٢٣/'.repeat(10_000)],
		['look-alike letters after a keyword', 'SĐT oilo '.repeat(11_000)],
	])('finishes on 100 KB of %s', (_, text) => {
		expect(findPersonalData(text)).toEqual([]);
	});

	test('finds every phone in 100 KB of phones', () => {
		expect(findPersonalData('0912345678 '.repeat(9_000))).toHaveLength(9_000);
	});
});
