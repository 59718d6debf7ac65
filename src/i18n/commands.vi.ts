/**
 * What the command-line tools print around their reports, in Vietnamese: how to call them, what
 * `npm run check` counts when the content is clean, what `npm run template` wrote.
 * commands.en.ts has the same keys and placeholders.
 */
export const commandsVi = {
	'command.usage': 'Cách dùng',
	'command.example': 'Ví dụ',
	'command.nothing-written': 'Chưa ghi tệp nào.',
	'command.import.sheet': 'trang tính cần nhập (tên, hoặc số thứ tự trong các trang đang hiện); mặc định là trang đang hiện đầu tiên.',
	'command.check.format': 'phải là một trong',
	'command.check.provinces': 'tỉnh',
	'command.check.communes': 'xã',
	'command.check.decisions': 'quyết định',
	'command.check.assignments': 'phân công',
	'command.check.findings': 'phát hiện',
	'command.check.as-of': 'Ngày tính trạng thái',
	'command.check.basis.git': 'commit cuối',
	'command.check.basis.content': 'ngày muộn nhất trong nội dung',
	'command.template.written': 'Đã ghi mẫu {file} ({counts}). Điền trang "{sheet}", rồi chạy "npm run import -- {file} --decision {decision}".',
} as const;
