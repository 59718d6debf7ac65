// Says in one line which Node the project's commands run on, after `npm install` (plain JavaScript:
// it may run on the machine's own Node). The EBADENGINE warnings npm would print on a Node older than
// 22 are silenced in .npmrc, because this is the whole story: npm installed the pinned Node (the npm
// package `node`, version in .nvmrc) and every `npm run` command runs under it.
import { readFileSync } from 'node:fs';

const pinned = readFileSync(new URL('../.nvmrc', import.meta.url), 'utf8').trim();
const machine = /node\/v(\S+)/u.exec(process.env['npm_config_user_agent'] ?? '')?.[1] ?? process.versions.node;
if (machine !== pinned)
	console.log(
		`Node ${machine} trên máy này; mọi lệnh npm run dùng Node ${pinned} vừa được cài (gói npm "node"). / ` +
			`Node ${machine} on this machine; every npm run command uses Node ${pinned}, just installed (the npm package "node").`,
	);
