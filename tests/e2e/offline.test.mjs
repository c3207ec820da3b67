// Offline use through the service worker: after a first visit the app opens with no
// network; halls, guides and "My appointments" already seen still work; a lookup that needs
// the network says so and keeps what was typed; a new deployment is picked up on the next
// visit instead of a stuck old version.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, useServerAndBrowser } from './harness.mjs';

let copy;
const TIMEOUT = { timeout: 15_000 };

const e2e = useServerAndBrowser({
  distDir: () => {
    // A copy of the built app, so that the update test can deploy a "new version" into it.
    copy = mkdtempSync(join(tmpdir(), 'hall-guide-dist-'));
    cpSync(dist, copy, { recursive: true });
    return copy;
  },
  cleanup: () => rmSync(copy, { recursive: true, force: true }),
});

async function json(path, init) {
  const response = await fetch(e2e.server.url + path, init);
  assert.ok(response.ok, `${path}: ${response.status}`);
  return response.json();
}

/** Evaluates `read` in the page until `ok` holds for its answer (async answers included). */
async function eventually(page, read, ok) {
  const deadline = Date.now() + TIMEOUT.timeout;
  let last;
  while (Date.now() < deadline) {
    last = await page.evaluate(read);
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`still ${JSON.stringify(last)}`);
}

/** Waits until the service worker controls the page. */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, TIMEOUT);
}

test('halls, guides and appointments seen once open with no network; a lookup says it needs one', async () => {
  const halls = (await json('/api/v1/halls?limit=100')).halls;
  let hall;
  for (const h of halls) {
    const details = await json(`/api/v1/halls/${h.code}`);
    if (details.services.appointments) { hall = details; break; }
  }
  const unseen = halls.find((h) => h.code !== hall.code);
  const item = (await json(`/api/v1/halls/${hall.code}/items`)).items[0];
  const slots = await json(`/api/v1/halls/${hall.code}/slots?item=${item.code}`);
  const day = slots.days.find((d) => d.slots.some((s) => s.remaining > 0));
  const slot = day.slots.find((s) => s.remaining > 0);
  const booking = await json('/api/v1/appointments', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': 'offline-test-1' },
    body: JSON.stringify({ hall_code: hall.code, item_code: item.code, date: day.date, start: slot.start, name: '王五', mobile: '13700001111', resident_id: '11010519491231002X' }),
  });
  const reference = booking.appointment.reference;

  const page = await e2e.newPage();
  const context = page.context();
  await page.goto(e2e.server.url + '/');
  await page.getByRole('heading', { level: 1, name: '查找政务服务大厅' }).waitFor(TIMEOUT);
  await controlled(page);
  // What the citizen looks at while online: a hall, a guide, their appointment.
  await page.goto(`${e2e.server.url}/halls/${hall.code}`);
  await page.getByRole('heading', { level: 1, name: hall.name }).waitFor(TIMEOUT);
  await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${item.code}`);
  await page.getByRole('heading', { level: 1, name: item.name }).waitFor(TIMEOUT);
  const materials = await page.locator('.material').count();
  assert.ok(materials > 0, 'the guide lists materials');
  await page.goto(`${e2e.server.url}/appointments/${reference}#${booking.manage_token}`);
  await page.locator('.ticket .reference').getByText(reference).waitFor(TIMEOUT);

  await context.setOffline(true);
  await page.goto(`${e2e.server.url}/halls/${hall.code}`);
  await page.getByRole('heading', { level: 1, name: hall.name }).waitFor(TIMEOUT);
  await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${item.code}`);
  await page.getByRole('heading', { level: 1, name: item.name }).waitFor(TIMEOUT);
  assert.equal(await page.locator('.material').count(), materials, 'the whole checklist, offline');

  // My appointments: the ticket as last seen, without the name or numbers, and no actions.
  await page.goto(`${e2e.server.url}/appointments`);
  await page.getByText('离线：显示的是本机上次保存的预约信息').waitFor(TIMEOUT);
  await page.locator('.ticket .reference').getByText(reference).waitFor(TIMEOUT);
  await page.locator('.ticket').getByText(slot.start).first().waitFor(TIMEOUT);
  assert.equal(await page.getByRole('button', { name: '取消预约' }).count(), 0, 'cancelling needs the network');
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  for (const secret of ['王五', '13700001111', '1111', '002X']) assert.ok(!stored.includes(secret), `${secret} is not kept on the device`);

  // A hall never opened cannot be shown, and the page says why.
  await page.goto(`${e2e.server.url}/halls/${unseen.code}`);
  await page.getByText('您的设备目前没有联网').waitFor(TIMEOUT);

  // A lookup needs the network: it says so, keeps what was typed, and works once online.
  // The tracking page was never opened online: in a split build its code is a file of its
  // own, which the service worker fetched and kept after the first page.
  await page.goto(`${e2e.server.url}/track`);
  await page.getByLabel('办件编号').fill('DEMO-02');
  await page.getByLabel('手机号后 4 位，或回执上的查询码').fill('5678');
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByRole('alert').getByText('您的设备目前没有联网').waitFor(TIMEOUT);
  assert.equal(await page.getByLabel('办件编号').inputValue(), 'DEMO-02');
  assert.equal(await page.getByLabel('手机号后 4 位，或回执上的查询码').inputValue(), '5678');
  // Every language is kept for offline use: the picker still works.
  await page.goto(`${e2e.server.url}/halls/${hall.code}`);
  await page.getByRole('heading', { level: 1, name: hall.name }).waitFor(TIMEOUT);
  await page.locator('.lang-picker select').selectOption('ug');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl' && /[\u0600-\u06ff]/.test(document.querySelector('.site-name')?.innerText), null, TIMEOUT);
  await page.locator('.lang-picker select').selectOption('zh-CN');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN', null, TIMEOUT);
  await page.goto(`${e2e.server.url}/track`);
  await page.getByLabel('办件编号').fill('DEMO-02');
  await page.getByLabel('手机号后 4 位，或回执上的查询码').fill('5678');

  await context.setOffline(false);
  await page.getByRole('button', { name: '查询' }).click();
  await page.locator('.application').getByText('办件编号 DEMO-02', { exact: false }).waitFor(TIMEOUT);
  assert.deepEqual(page.consoleErrors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)), []);
});

test('a new deployment is picked up on the next visit', async () => {
  const page = await e2e.newPage();
  await page.goto(e2e.server.url + '/');
  await page.getByRole('heading', { level: 1, name: '查找政务服务大厅' }).waitFor(TIMEOUT);
  await controlled(page);
  await eventually(page, () => caches.keys(), (keys) => keys.some((k) => k.startsWith('hall-guide-shell-')));

  // Deploy "a new version": a changed page and a service worker with a new version.
  const marker = 'deployed-' + Date.now();
  const indexFile = join(copy, 'index.html');
  writeFileSync(indexFile, readFileSync(indexFile, 'utf8').replace('<title>', `<meta name="hall-guide-build" content="${marker}"><title>`));
  for (const compressed of ['index.html.br', 'index.html.gz']) rmSync(join(copy, compressed), { force: true });
  const swFile = join(copy, 'sw.js');
  writeFileSync(swFile, readFileSync(swFile, 'utf8').replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1next"'));
  for (const compressed of ['sw.js.br', 'sw.js.gz']) rmSync(join(copy, compressed), { force: true });
  // Deployed later than the first visit (HTTP revalidation compares times in seconds).
  const later = new Date(Date.now() + 5_000);
  for (const file of [indexFile, swFile]) utimesSync(file, later, later);

  // The next visit (online) shows the new version, and the old version's caches go.
  assert.ok((await (await fetch(e2e.server.url + '/halls')).text()).includes(marker), 'the server sends the new page');
  await page.goto(e2e.server.url + '/halls');
  await page.waitForFunction((m) => document.querySelector(`meta[name="hall-guide-build"][content="${m}"]`), marker, TIMEOUT);
  await eventually(page, () => caches.keys().then((keys) => keys.filter((k) => k.startsWith('hall-guide-shell-')).join()), (shells) => /^hall-guide-shell-[0-9a-f]+next$/.test(shells));
  // And offline after the update, the new shell opens.
  await page.context().setOffline(true);
  await page.goto(e2e.server.url + '/');
  await page.getByRole('heading', { level: 1, name: '查找政务服务大厅' }).waitFor(TIMEOUT);
  assert.ok(await page.locator(`meta[name="hall-guide-build"][content="${marker}"]`).count(), 'the kept shell is the new one');
});
