import { foldKey } from '../fold.ts';

/**
 * Column names that carry personal data beyond a name and an official post. A CSV with such a column
 * is refused outright: the Personal Data Protection Law 91/2025/QH15 gives no basis to republish them.
 * Names are compared after removing diacritics, case, spaces and punctuation.
 */
export const FORBIDDEN_COLUMNS: Readonly<Record<string, string>> = {
	cccd: 'citizen-id',
	cmnd: 'citizen-id',
	socccd: 'citizen-id',
	socmnd: 'citizen-id',
	cancuoc: 'citizen-id',
	cancuoccongdan: 'citizen-id',
	citizenid: 'citizen-id',
	idnumber: 'citizen-id',
	nationalid: 'citizen-id',
	ngaysinh: 'birth-date',
	namsinh: 'birth-date',
	birthdate: 'birth-date',
	dateofbirth: 'birth-date',
	dob: 'birth-date',
	birthday: 'birth-date',
	dienthoai: 'phone',
	sodienthoai: 'phone',
	sdt: 'phone',
	phone: 'phone',
	mobile: 'phone',
	email: 'email',
	thudientu: 'email',
	diachi: 'address',
	noio: 'address',
	quequan: 'address',
	hokhau: 'address',
	address: 'address',
	homeaddress: 'address',
	anh: 'photo',
	photo: 'photo',
	hinhanh: 'photo',
};

/** Which kind of personal data a column name carries, if any. */
export function personalDataKindOfColumn(column: string): string | undefined {
	// Own keys only: a column named "constructor" is not Object.prototype's.
	const key = foldKey(column);
	return Object.hasOwn(FORBIDDEN_COLUMNS, key) ? FORBIDDEN_COLUMNS[key] : undefined;
}
