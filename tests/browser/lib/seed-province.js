// A province of four centres on one server: the commune `init` made (`main`, the usual units
// and kiosks), two more with a kiosk each, and one without ratings; a province-wide manager
// (`tinh`) and a viewer of one centre. The ratings make a large centre, a small one at 100 %
// that the adjusted rate draws toward the province, and a middling one.
import { randomBytes, randomUUID } from 'node:crypto';

import { postJson } from './seed-ratings.js';

export const CENTRES = [
  { id: 'xa-binh-an', name: 'Xã Bình An', unit: 'ubnd-binh-an', kiosk: 'k-binh-an' },
  { id: 'xa-cat-tien', name: 'Xã Cát Tiên', unit: 'ubnd-cat-tien', kiosk: 'k-cat-tien' },
  { id: 'phuong-dong-hoa', name: 'Phường Đông Hòa', unit: 'ubnd-dong-hoa', kiosk: 'k-dong-hoa' },
];

// Levels sent from each kiosk: `main` 40 (34 satisfied), Bình An 5 (all satisfied), Cát Tiên
// 30 (18 satisfied); Đông Hòa none.
export const LEVELS = {
  'k-01': [...Array(30).fill(5), 4, 4, 4, 4, 3, 3, 2, 2, 1, 3],
  'k-binh-an': [5, 5, 5, 4, 5],
  'k-cat-tien': [...Array(12).fill(5), ...Array(6).fill(4), ...Array(6).fill(3), ...Array(6).fill(2)],
};

const PASSWORD = randomBytes(12).toString('base64url');

// For startRealServer's beforeServe: the centres, their units and kiosks, and the two users.
export async function addProvince({ run, users, tokens }) {
  for (const centre of CENTRES) {
    await run(['centre', 'add', centre.id, '--name', centre.name]);
    await run(['unit', 'add', centre.unit, '--kind', 'admin', '--name', `Bộ phận Một cửa ${centre.name}`, '--centre', centre.id]);
    const output = await run(['kiosk', 'add', centre.kiosk, '--unit', centre.unit, '--counter', 'Quầy 1']);
    tokens[centre.kiosk] = /^token: (\S+)\s*$/m.exec(output)[1];
  }
  users.province = { name: 'tinh', password: PASSWORD };
  await run(['user', 'add', 'tinh', '--province', '--role', 'manager'], `${PASSWORD}\n`);
  users.centreViewer = { name: 'canbo-binh-an', password: PASSWORD };
  await run(['user', 'add', 'canbo-binh-an', '--centre', 'xa-binh-an', '--role', 'viewer'], `${PASSWORD}\n`);
}

function centreInstant(ms) {
  return `${new Date(ms + 7 * 3600 * 1000).toISOString().slice(0, 19)}+07:00`;
}

// Sends LEVELS, a second apart ending now (all of them today); resolves once every rating was accepted.
export async function seedProvince(server, now = Date.now()) {
  for (const [kiosk, levels] of Object.entries(LEVELS)) {
    const ratings = levels.map((overall, i) => ({
      id: randomUUID(), created_at: centreInstant(now - (levels.length - i) * 1000), seq: i + 1,
      survey: 'default', overall, lang: 'vi', ended: 'done', counter: 'Quầy 1',
    }));
    const { status, body } = await postJson(`${server.url}/api/v1/ratings`, server.ca, server.tokens[kiosk], { ratings });
    const refused = body?.results?.filter((result) => result.status !== 'accepted') ?? [];
    if (status !== 200 || refused.length) throw new Error(`${kiosk}: not accepted: ${status} ${JSON.stringify(body)}`);
  }
}
