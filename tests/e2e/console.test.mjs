// The staff console (/console/, issue 22) as hall staff use it, in Chromium against the real
// server, with accounts made by `hall-server staff add`:
// - a new clerk signs in with the one-time password and must choose their own; refusals
//   keep what was typed; signing out everywhere ends the other PC's session too;
// - check-in by typing the reference, and by holding the ticket's QR code up to the
//   camera (Chromium's fake camera plays a picture of the real ticket's code);
// - two clerks check in one citizen at once: one wins, the other is told what happened;
// - the day list: counts, filters, CSV, the printed sheet, a no-show from the list;
// - roles: another hall is not found, the hotline cannot change anything, only admins see
//   the audit log, and an admin closes part of a day from the console.
// Nothing here may show a full ID or mobile number.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { bookableHall, newPage, residentId, serverBin, useServerAndBrowser } from './harness.mjs';

const TIMEOUT = { timeout: 15_000 };
const DESK = { width: 1280, height: 860 };
let hall;
let item;
let otherHall;

const e2e = useServerAndBrowser({
  setup: async ({ server }) => {
    ({ hall, item } = await bookableHall(server));
    const halls = (await (await fetch(`${server.url}/api/v1/halls?limit=100`)).json()).halls;
    otherHall = halls.find((h) => h.code !== hall.code).code;
  },
});

/** The console's message `id` in `lang`, from console/locales (one-line messages). */
function say(id, lang = 'zh-CN') {
  const text = readFileSync(`console/locales/${lang}/console.ftl`, 'utf8');
  const found = text.match(new RegExp(`^${id} = (.*)$`, 'm'));
  if (!found) throw new Error(`no one-line message ${id} in ${lang}`);
  return found[1].trim();
}

/** A staff account made on the command line; its one-time password. */
function addStaff(server, login, role, halls = [hall.code]) {
  const where = server.databaseUrl ? ['--database-url', server.databaseUrl] : ['--data-dir', server.dataDir];
  const scope = role === 'hotline_operator' ? [] : role === 'region_admin' ? ['--region', halls[0]] : halls.flatMap((h) => ['--hall', h]);
  const said = execFileSync(serverBin, ['staff', 'add', '--login', login, '--role', role, ...scope, ...where], { encoding: 'utf8' });
  return said.match(/\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b/)[0];
}

/** A console page in `lang`, signed in as a new account of `role` whose password is set. */
async function staffPage(server, login, role = 'window_staff', { lang = 'zh-CN', browser, halls } = {}) {
  const once = addStaff(server, login, role, halls);
  const page = browser ? await newPage(browser, { locale: lang, ...DESK }) : await e2e.newPage({ locale: lang, ...DESK });
  await page.goto(`${server.url}/console/`);
  await page.locator('#login').fill(login);
  await page.locator('#password').fill(once);
  await page.getByRole('button', { name: say('login-submit', lang) }).click();
  await page.locator('#new-password').fill('a counter phrase');
  await page.locator('#new-password-again').fill('a counter phrase');
  await page.getByRole('button', { name: say('password-submit', lang) }).click();
  await page.getByRole('tab', { name: say('tab-check-in', lang) }).waitFor(TIMEOUT);
  return page;
}

/** The console's errors but the 401 of its first question, "is anyone signed in here?". */
const errors = (page, also = /^$/) => page.consoleErrors.filter((e) => !e.includes('status of 401') && !also.test(e));

let people = 0;
/** An appointment booked through the public API by a new person; the day's first open slot
 * `skip` days on. */
async function book(server, { skip = 0, name = '王小明', at = hall.code, what = item.code } = {}) {
  const slots = await (await fetch(`${server.url}/api/v1/halls/${at}/slots?item=${what}`)).json();
  const day = slots.days.filter((d) => d.slots.some((s) => s.remaining > 0))[skip];
  const slot = day.slots.find((s) => s.remaining > 0);
  const n = ++people;
  const id = residentId(`1101051980010${String(1000 + n).slice(-4)}`);
  const mobile = `1391234${String(1000 + n).slice(-4)}`;
  const booked = await fetch(`${server.url}/api/v1/appointments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `console-e2e-${process.pid}-${n}` },
    body: JSON.stringify({ hall_code: at, item_code: what, date: day.date, start: slot.start, name, mobile, resident_id: id }),
  });
  assert.equal(booked.status, 201, await booked.clone().text());
  const { appointment } = await booked.json();
  return { reference: appointment.reference, date: day.date, start: slot.start, id, mobile };
}

/** The page shows none of the person's full numbers. */
async function nothingFull(page, { id, mobile }) {
  const text = await page.locator('body').innerText();
  assert.ok(!text.includes(id), 'no full ID number on the page');
  assert.ok(!text.includes(mobile), 'no full mobile number on the page');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + location.href);
  assert.ok(!stored.includes(id) && !stored.includes(mobile), 'nor in storage or the address');
}

test('a new clerk signs in with the one-time password, must choose their own, and keeps what they typed when refused', { timeout: 90_000 }, async () => {
  const server = e2e.server;
  const once = addStaff(server, 'zhou.window', 'window_staff');
  const page = await e2e.newPage({ ...DESK });
  const response = await page.goto(`${server.url}/console/`);
  assert.equal(response.headers()['permissions-policy'], 'camera=(self), microphone=(), geolocation=()');
  await page.getByRole('heading', { name: say('login-title') }).waitFor(TIMEOUT);
  await page.screenshot({ path: 'tests/e2e/output/console-login-zh-CN.png' });

  await page.locator('#login').fill('zhou.window');
  await page.locator('#password').fill('not-the-password');
  await page.getByRole('button', { name: say('login-submit') }).click();
  await page.getByRole('alert').getByText(say('error-login-failed')).waitFor(TIMEOUT);
  assert.equal(await page.locator('#login').inputValue(), 'zhou.window', 'the account name is kept');
  assert.equal(await page.locator('#password').inputValue(), 'not-the-password', 'and the password, to correct');

  await page.locator('#password').fill(once);
  await page.getByRole('button', { name: say('login-submit') }).click();
  await page.getByRole('heading', { name: say('password-title') }).waitFor(TIMEOUT);
  // Nothing but the password form until it is replaced, even with the address of a tab.
  assert.equal(await page.getByRole('tab').count(), 0);
  await page.locator('#new-password').fill('short');
  await page.locator('#new-password-again').fill('short');
  await page.getByRole('button', { name: say('password-submit') }).click();
  await page.getByRole('alert').getByText('至少需要 10 个字符').waitFor(TIMEOUT);
  await page.locator('#new-password').fill('a long counter phrase');
  await page.locator('#new-password-again').fill('a long counter phrase!');
  await page.getByRole('button', { name: say('password-submit') }).click();
  await page.getByRole('alert').getByText(say('password-mismatch')).waitFor(TIMEOUT);
  assert.equal(await page.locator('#new-password').inputValue(), 'a long counter phrase', 'what was typed stays');
  await page.screenshot({ path: 'tests/e2e/output/console-password-zh-CN.png' });
  await page.locator('#new-password-again').fill('a long counter phrase');
  await page.getByRole('button', { name: say('password-submit') }).click();
  await page.getByRole('tab', { name: say('tab-check-in') }).waitFor(TIMEOUT);
  await page.locator('.bar-who').getByText('zhou.window').waitFor(TIMEOUT);
  // A window clerk has no audit log.
  assert.equal(await page.getByRole('tab', { name: say('tab-audit') }).count(), 0);

  // The cookie keeps the session over a reload; the one-time password no longer works.
  await page.reload();
  await page.getByRole('tab', { name: say('tab-check-in') }).waitFor(TIMEOUT);
  const again = await fetch(`${server.url}/api/v1/console/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'zhou.window', password: once }) });
  assert.equal(again.status, 401);

  // Signed in on a second PC too; signing out everywhere from the first ends both.
  const second = await e2e.newPage({ ...DESK });
  await second.goto(`${server.url}/console/`);
  await second.locator('#login').fill('zhou.window');
  await second.locator('#password').fill('a long counter phrase');
  await second.getByRole('button', { name: say('login-submit') }).click();
  await second.getByRole('tab', { name: say('tab-day') }).click();
  await page.getByRole('button', { name: say('logout-everywhere') }).click();
  await page.getByRole('heading', { name: say('login-title') }).waitFor(TIMEOUT);
  // Choosing another day asks the server, which says the session has ended.
  await second.locator('.date-input').fill('2030-01-07');
  await second.getByText(say('session-ended')).waitFor(TIMEOUT);
  assert.ok(second.url().includes('date=2030-01-07'), 'what the clerk was looking at stays in the address');
  assert.deepEqual(errors(page, /status of 403/), []);
  assert.deepEqual(errors(second), [], 'the ended session is met without a crash');
  await page.context().close();
  await second.context().close();
});

test('check-in by reference shows the masked citizen and what to bring; of two clerks checking in one citizen at once, one wins and the other is told', { timeout: 90_000 }, async () => {
  const server = e2e.server;
  const booking = await book(server, { name: '李四' });
  const a = await staffPage(server, 'a.window');
  const b = await staffPage(server, 'b.window');
  for (const page of [a, b]) {
    await page.goto(`${server.url}/console/?hall=${hall.code}&date=${booking.date}&tab=check-in`);
    await page.locator('#reference').fill(booking.reference.toLowerCase());
    await page.getByRole('button', { name: say('check-in-find') }).click();
    const card = page.locator(`.appointment-card[data-reference="${booking.reference}"]`);
    await card.waitFor(TIMEOUT);
    await card.getByText(say('state-booked')).waitFor(TIMEOUT);
    await card.getByText('李*').waitFor(TIMEOUT);
    await card.getByText(`${booking.id.slice(0, 3)}***********${booking.id.slice(-4)}`).waitFor(TIMEOUT);
    await card.getByText(`${booking.mobile.slice(0, 3)}****${booking.mobile.slice(-4)}`).waitFor(TIMEOUT);
    assert.ok((await card.locator('.materials li').count()) > 0, 'what the citizen should have brought');
    await nothingFull(page, booking);
  }
  await a.locator('.window-input').fill('A3');
  await a.screenshot({ path: 'tests/e2e/output/console-check-in-zh-CN.png' });
  // Both press at once; the server takes one.
  await Promise.all([a, b].map((p) => p.locator('.appointment-card').getByRole('button', { name: say('action-arrived') }).click()));
  const outcomes = await Promise.all([a, b].map(async (p) => {
    const card = p.locator('.appointment-card');
    await card.getByText(say('state-arrived'), { exact: true }).first().waitFor(TIMEOUT);
    // The one refused is told within moments; the one who won never is.
    return card.getByRole('alert').waitFor({ timeout: 3_000 }).then(() => 'told', () => 'won');
  }));
  assert.deepEqual(outcomes.sort(), ['told', 'won'], 'one check-in is recorded, the other clerk is told');
  const loser = outcomes[0] === 'told' ? a : b;
  const told = await loser.locator('.appointment-card').getByRole('alert').innerText();
  assert.ok(told.includes(say('state-arrived')), `says what it is now: ${told}`);
  const anonymous = await fetch(`${server.url}/api/v1/console/appointments/${booking.reference}`);
  assert.equal(anonymous.status, 401, 'the API answers nothing without a session');
  await a.screenshot({ path: 'tests/e2e/output/console-check-in-race-zh-CN.png' });

  // The same in English.
  const en = await staffPage(server, 'c.window', 'window_staff', { lang: 'en' });
  await en.goto(`${server.url}/console/?hall=${hall.code}&date=${booking.date}`);
  await en.locator('#reference').fill(booking.reference);
  await en.locator('#reference').press('Enter');
  await en.locator('.appointment-card').getByText('Arrived', { exact: true }).first().waitFor(TIMEOUT);
  await en.locator('.appointment-card').getByRole('button', { name: 'Served' }).waitFor(TIMEOUT);
  await en.screenshot({ path: 'tests/e2e/output/console-check-in-en.png' });
  for (const page of [a, b, en]) {
    assert.deepEqual(errors(page, /status of 409/), []);
    await page.context().close();
  }
});

/** The ticket's own QR code, as the citizen's phone shows it after booking, as grey pixels. */
async function ticketCode(server) {
  const page = await e2e.newPage();
  await page.goto(`${server.url}/halls/${hall.code}/items/${item.code}/book`);
  const day = page.locator('.day-choice:not([disabled])').nth(2);
  await day.waitFor(TIMEOUT);
  await day.click();
  await page.locator('.time-choice:not([disabled])').first().click();
  const form = page.locator('.details-form');
  await form.getByLabel('姓名').fill('赵六');
  await form.getByLabel('手机号码').fill('13912348888');
  await form.getByLabel('居民身份证号码').fill(residentId('11010519800101007'));
  await form.getByRole('button', { name: '继续' }).click();
  await page.getByRole('button', { name: '确认预约' }).click();
  await page.getByRole('heading', { name: '预约成功' }).waitFor(TIMEOUT);
  const reference = (await page.locator('.reference').innerText()).trim();
  const pixels = await page.locator('svg.qr-code').first().evaluate(async (svg) => {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const side = 320;
    const canvas = Object.assign(document.createElement('canvas'), { width: side, height: side });
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, side, side);
    context.drawImage(image, 20, 20, side - 40, side - 40);
    const rgba = context.getImageData(0, 0, side, side).data;
    return { side, grey: Array.from({ length: side * side }, (_, i) => Math.round(0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2])) };
  });
  await page.context().close();
  return { reference, pixels };
}

/** A Y4M video (what Chromium's fake camera plays) of the code on a grey 640×480 frame. */
function cameraFile({ side, grey }) {
  const [w, h] = [640, 480];
  const y = Buffer.alloc(w * h, 200);
  const [x0, y0] = [(w - side) >> 1, (h - side) >> 1];
  for (let row = 0; row < side; row++) for (let col = 0; col < side; col++) y[(y0 + row) * w + x0 + col] = grey[row * side + col];
  const chroma = Buffer.alloc((w / 2) * (h / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
  const file = join(mkdtempSync(join(tmpdir(), 'hall-console-camera-')), 'ticket.y4m');
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
  return file;
}

test("check-in by holding the ticket's QR code up to the camera finds the appointment and turns the camera off", { timeout: 90_000 }, async () => {
  const server = e2e.server;
  const { reference, pixels } = await ticketCode(server);
  const camera = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${cameraFile(pixels)}`],
  });
  try {
    const page = await staffPage(server, 'scan.window', 'window_staff', { browser: camera });
    await page.context().grantPermissions(['camera'], { origin: server.url });
    await page.getByRole('button', { name: say('scan-start') }).click();
    await page.locator('.scanner-video').waitFor(TIMEOUT);
    const card = page.locator(`.appointment-card[data-reference="${reference}"]`);
    await card.waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('#reference').inputValue(), reference, 'the reference read is in the box, to see');
    assert.equal(await page.locator('.scanner-video').count(), 0, 'the camera view is closed');
    await card.getByText('赵*').waitFor(TIMEOUT);
    await card.getByRole('button', { name: say('action-arrived') }).click();
    await card.getByText(say('state-arrived'), { exact: true }).first().waitFor(TIMEOUT);
    await page.screenshot({ path: 'tests/e2e/output/console-scanned-zh-CN.png' });
    assert.deepEqual(errors(page), []);
  } finally {
    await camera.close();
  }
});

test('the day list counts and filters the day, exports it as CSV, prints a sheet, and records a no-show', { timeout: 120_000 }, async () => {
  const server = e2e.server;
  const first = await book(server, { skip: 4, name: '钱一' });
  const second = await book(server, { skip: 4, name: '孙二' });
  const third = await book(server, { skip: 4, name: '=HYPERLINK("x")' }).catch(() => null);
  const page = await staffPage(server, 'day.window');
  await page.goto(`${server.url}/console/?hall=${hall.code}&date=${first.date}&tab=day`);
  const table = page.locator('.day-table');
  await table.waitFor(TIMEOUT);
  const total = third ? 3 : 2;
  assert.equal(await table.locator('tbody tr').count(), total);
  const counts = await page.locator('.counts').innerText();
  assert.match(counts, new RegExp(`${say('count-total')}\\s+${total}`));
  await nothingFull(page, first);
  await page.screenshot({ path: 'tests/e2e/output/console-day-zh-CN.png', fullPage: true });

  // A no-show from the list; the filter then shows it alone.
  const row = table.locator(`tr[data-reference="${first.reference}"]`);
  await row.getByRole('button', { name: say('action-no-show') }).click();
  await table.locator(`tr[data-reference="${first.reference}"]`).getByText(say('state-no-show')).waitFor(TIMEOUT);
  await page.locator('.filter-state').selectOption('no_show');
  await page.waitForFunction(() => document.querySelectorAll('.day-table tbody tr').length === 1);
  assert.equal(await table.locator('tbody tr').getAttribute('data-reference'), first.reference);
  await page.locator('.filter-state').selectOption('');

  // CSV: what is listed, masked, formulas defused, readable by Excel (BOM).
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: say('export-csv') }).click()]);
  assert.equal(download.suggestedFilename(), `${hall.code}-${first.date}.csv`);
  const csv = readFileSync(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\ufeff'), 'a byte-order mark');
  const lines = csv.trim().split('\r\n');
  assert.equal(lines.length, total + 1);
  assert.ok(lines[0].includes(say('col-reference')));
  assert.ok(csv.includes(first.reference) && csv.includes(say('state-no-show')));
  assert.ok(!csv.includes(first.id) && !csv.includes(first.mobile) && !csv.includes(second.mobile), 'no full numbers');
  if (third) assert.ok(!/(^|,)"=/m.test(csv), 'a name that looks like a formula is not one');

  // The printed sheet: the list, without the buttons and filters.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: say('export-csv') }).isVisible(), false);
  assert.ok(await table.isVisible());
  await page.screenshot({ path: 'tests/e2e/output/console-day-print-zh-CN.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(errors(page), []);
  await page.context().close();

  // A hall admin lifts the no-show rule for that citizen from the appointment's card.
  const admin = await staffPage(server, 'day.admin', 'hall_admin');
  await admin.locator('#reference').fill(first.reference);
  await admin.locator('#reference').press('Enter');
  await admin.locator('.appointment-card').getByText(say('state-no-show')).first().waitFor(TIMEOUT);
  await admin.getByRole('button', { name: say('lift-button') }).click();
  await admin.getByText(say('lift-done')).waitFor(TIMEOUT);
  await admin.getByRole('tab', { name: say('tab-audit') }).click();
  await admin.locator('.audit-table').getByText(say('audit-action-lift')).waitFor(TIMEOUT);
  assert.deepEqual(errors(admin), []);
  await admin.context().close();
});

test('roles: another hall is not found, the hotline changes nothing, and an admin closes part of a day and sees it in the audit log', { timeout: 120_000 }, async () => {
  const server = e2e.server;
  const booking = await book(server, { skip: 6, name: '周七' });
  const clerk = await staffPage(server, 'roles.window');
  await clerk.goto(`${server.url}/console/?hall=${otherHall}&date=${booking.date}&tab=day`);
  await clerk.getByRole('alert').getByText(say('error-hall-not-found')).waitFor(TIMEOUT);
  await clerk.context().close();

  const hotline = await staffPage(server, 'roles.hotline', 'hotline_operator');
  await hotline.locator('.hall-input').fill(hall.code);
  await hotline.locator('.hall-input').press('Enter');
  await hotline.locator('#reference').fill(booking.reference);
  await hotline.getByRole('button', { name: say('check-in-find') }).click();
  const card = hotline.locator('.appointment-card');
  await card.getByText('周*').waitFor(TIMEOUT);
  assert.equal(await card.getByRole('button').count(), 0, 'read-only: no state buttons');
  await hotline.context().close();

  const admin = await staffPage(server, 'roles.admin', 'hall_admin');
  await admin.goto(`${server.url}/console/?hall=${hall.code}&date=${booking.date}&tab=day`);
  await admin.locator(`tr[data-reference="${booking.reference}"]`).waitFor(TIMEOUT);
  await admin.getByText(say('close-title')).click();
  await admin.getByRole('button', { name: say('close-submit') }).click();
  await admin.getByRole('alert').getByText(say('close-reason-missing')).waitFor(TIMEOUT);
  await admin.locator('.close-start').fill(booking.start);
  const [h, m] = booking.start.split(':').map(Number);
  await admin.locator('.close-end').fill(`${String(h + 1).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  await admin.locator('.close-reason').fill('系统升级，暂停办理');
  await admin.getByRole('button', { name: say('close-submit') }).click();
  await admin.getByText('将取消 1 个预约').waitFor(TIMEOUT);
  await admin.screenshot({ path: 'tests/e2e/output/console-close-zh-CN.png', fullPage: true });
  await admin.getByRole('button', { name: say('close-confirm') }).click();
  await admin.getByText('已闭厅，取消了 1 个预约').waitFor(TIMEOUT);
  await admin.locator(`tr[data-reference="${booking.reference}"]`).getByText(say('state-cancelled-by-hall')).waitFor(TIMEOUT);

  await admin.getByRole('tab', { name: say('tab-audit') }).click();
  const log = admin.locator('.audit-table');
  await log.waitFor(TIMEOUT);
  await log.getByText(say('audit-action-close')).waitFor(TIMEOUT);
  await log.locator('tr', { hasText: booking.reference }).getByText(say('state-cancelled-by-hall')).waitFor(TIMEOUT);
  const text = await log.innerText();
  assert.ok(text.includes('roles.admin'));
  assert.ok(!text.includes(booking.id) && !text.includes(booking.mobile) && !text.includes('周七'), 'no personal data in the log');
  await admin.screenshot({ path: 'tests/e2e/output/console-audit-zh-CN.png', fullPage: true });
  assert.deepEqual(errors(admin), []);
  await admin.context().close();
});

test('a hall admin adds places to a day for more windows and cannot cut a slot below its bookings; the booking page shows the places', { timeout: 90_000 }, async () => {
  const server = e2e.server;
  const booking = await book(server, { skip: 8, name: '吴八' });
  const again = await book(server, { skip: 8, name: '郑九' });
  assert.equal(again.start, booking.start, 'two booked in one slot');
  const admin = await staffPage(server, 'places.admin', 'hall_admin');
  await admin.goto(`${server.url}/console/?hall=${hall.code}&date=${booking.date}&tab=day`);
  await admin.getByText(say('capacity-title')).click();
  await admin.locator('.capacity-item').selectOption(item.code);
  const table = admin.locator('.capacity-table');
  await table.locator(`tr[data-start="${booking.start}"]`).waitFor(TIMEOUT);
  // The whole day to 6 places a slot.
  await admin.locator('.capacity-places').fill('6');
  await admin.getByRole('button', { name: say('capacity-save') }).click();
  await admin.getByText('已保存：每个时段可预约 6 人').waitFor(TIMEOUT);
  await admin.waitForFunction(() => [...document.querySelectorAll('.capacity-table .places')].every((td) => td.textContent.trim() === '6'));
  const slots = await (await fetch(`${server.url}/api/v1/halls/${hall.code}/slots?item=${item.code}&from=${booking.date}&days=1`)).json();
  assert.ok(slots.days[0].slots.every((s) => s.capacity === 6), 'the citizens see 6 places a slot');
  // The booked slot cannot go below its two bookings: refused with the count, the form kept.
  await admin.locator('.capacity-slot').selectOption(booking.start);
  await admin.locator('.capacity-places').fill('1');
  await admin.getByRole('button', { name: say('capacity-save') }).click();
  await admin.getByRole('alert').getByText(`${booking.start} 的时段已有 2 人预约`).waitFor(TIMEOUT);
  assert.equal(await admin.locator('.capacity-places').inputValue(), '1', 'what was typed stays');
  await table.locator(`tr[data-start="${booking.start}"] .places`).getByText('6', { exact: true }).waitFor(TIMEOUT);
  await admin.screenshot({ path: 'tests/e2e/output/console-capacity-zh-CN.png', fullPage: true });
  await admin.locator('.capacity-places').fill('0');
  await admin.getByRole('button', { name: say('capacity-save') }).click();
  await admin.getByRole('alert').getByText(say('capacity-number')).waitFor(TIMEOUT);
  await admin.locator('.capacity-places').fill('2');
  await admin.getByRole('button', { name: say('capacity-save') }).click();
  await admin.getByText('已保存：每个时段可预约 2 人').waitFor(TIMEOUT);
  await table.locator(`tr[data-start="${booking.start}"] .places`).getByText('2', { exact: true }).waitFor(TIMEOUT);
  // Full now: the booking page offers no place there.
  const full = (await (await fetch(`${server.url}/api/v1/halls/${hall.code}/slots?item=${item.code}&from=${booking.date}&days=1`)).json()).days[0].slots.find((s) => s.start === booking.start);
  assert.deepEqual([full.capacity, full.remaining], [2, 0]);
  assert.deepEqual(errors(admin, /status of 409/), []);
  await admin.context().close();
});

test('a window clerk registers an application, asks for a correction and then approves it; the applicant sees each step on the tracking page', { timeout: 120_000 }, async () => {
  const server = e2e.server;
  const clerk = await staffPage(server, 'cases.window');
  await clerk.getByRole('tab', { name: say('tab-applications') }).click();
  await clerk.getByText(say('application-new')).click();
  await clerk.locator('#new-number').fill('ZJ-E2E-0001');
  await clerk.locator('#new-item').selectOption(item.code);
  await clerk.locator('#new-name').fill('陈小红');
  await clerk.locator('#new-mobile').fill('13912346666');
  const verifier = await clerk.locator('#new-verifier').inputValue();
  assert.match(verifier, /^[2-9A-HJKMNP-Z]{8}$/, 'a verifier is offered, with no letters to misread');
  await clerk.getByRole('button', { name: say('application-create') }).click();
  const receipt = clerk.locator('.receipt');
  await receipt.getByText(verifier).waitFor(TIMEOUT);
  const card = clerk.locator('.application-card[data-number="ZJ-E2E-0001"]');
  await card.getByText('陈**').waitFor(TIMEOUT);
  assert.ok(!(await clerk.locator('body').innerText()).includes('13912346666'), 'the mobile is not shown again');
  // The same number again is refused, and the form keeps it.
  await clerk.locator('#new-number').fill('ZJ-E2E-0001');
  await clerk.locator('#new-name').fill('陈小红');
  await clerk.locator('#new-mobile').fill('13912346666');
  await clerk.locator('#new-item').selectOption(item.code);
  await clerk.getByRole('button', { name: say('application-create') }).click();
  await clerk.getByRole('alert').getByText(say('application-exists')).waitFor(TIMEOUT);
  assert.equal(await clerk.locator('#new-number').inputValue(), 'ZJ-E2E-0001');

  // Accepted, then a correction (which needs its fields), then under review and approved.
  const step = async (value, fill = async () => {}) => {
    await card.locator('.step-status').selectOption(value);
    await fill();
    await card.getByRole('button', { name: say('step-submit') }).click();
  };
  await step('accepted');
  await card.locator('.timeline').getByText('已受理').waitFor(TIMEOUT);
  const options = await card.locator('.step-status option').allTextContents();
  assert.ok(!options.includes('已提交') && options.includes('需要补正材料'), `only the steps that may follow: ${options}`);
  await step('correction_needed', async () => card.locator('.step-reason').fill('照片不清晰'));
  await card.getByRole('alert').getByText(say('step-correction-missing')).waitFor(TIMEOUT);
  await card.locator('.step-materials').fill('近期免冠照片\n身份证复印件');
  await card.locator('.step-due').fill('2026-12-31');
  await card.locator('.step-where').fill('3号窗口');
  await card.getByRole('button', { name: say('step-submit') }).click();
  await card.locator('.timeline').getByText('需要补正材料').waitFor(TIMEOUT);
  assert.equal(await card.locator('.step-status').inputValue(), 'under_review', 'the usual next step is offered first');
  await clerk.screenshot({ path: 'tests/e2e/output/console-application-zh-CN.png', fullPage: true });

  // The applicant's tracking page, with the receipt's number and verifier.
  const citizen = await e2e.newPage();
  await citizen.goto(`${server.url}/track`);
  await citizen.getByLabel('办件编号').fill('ZJ-E2E-0001');
  await citizen.getByLabel('手机号后 4 位，或回执上的查询码').fill(verifier);
  await citizen.getByRole('button', { name: '查询' }).click();
  await citizen.getByText('近期免冠照片').waitFor(TIMEOUT);
  await citizen.getByText('3号窗口').waitFor(TIMEOUT);

  await step('under_review');
  await card.locator('.timeline').getByText('审核中').waitFor(TIMEOUT);
  await step('approved', async () => card.locator('.step-note').fill('请到 3 号窗口领取'));
  await card.locator('.timeline').getByText('审核通过').waitFor(TIMEOUT);
  await citizen.getByRole('button', { name: '查询' }).click();
  await citizen.getByText('审核通过').first().waitFor(TIMEOUT);
  await citizen.getByText('请到 3 号窗口领取').waitFor(TIMEOUT);
  await citizen.screenshot({ path: 'tests/e2e/output/console-application-tracked-zh-CN.png', fullPage: true });
  assert.deepEqual(errors(clerk, /status of (409|400)/), []);
  await citizen.context().close();
  await clerk.context().close();
});

test("a region admin previews the year's holiday file with the bookings on the days it closes, then saves it; those days stop taking bookings", { timeout: 90_000 }, async () => {
  const server = e2e.server;
  let booking;
  for (let skip = 3; !booking || [0, 6].includes(new Date(`${booking.date}T00:00:00Z`).getUTCDay()); skip++) booking = await book(server, { skip, name: '冯十' });
  const province = hall.region_path[0].code;
  const admin = await staffPage(server, 'holidays.region', 'region_admin', { halls: [province] });
  await admin.getByRole('tab', { name: say('tab-calendar') }).click();
  const year = Number(booking.date.slice(0, 4));
  const shipped = JSON.parse(readFileSync('crates/hall-server/data/holidays.json', 'utf8')).find((n) => n.year === year);
  // First a file with a mistake: every problem is listed, nothing is saved.
  const broken = { ...shipped, holidays: [...shipped.holidays, { name: '', from: booking.date, to: booking.date }] };
  await admin.locator('.calendar-file').setInputFiles({ name: 'holidays.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await admin.getByRole('alert').getByText(say('calendar-invalid')).waitFor(TIMEOUT);
  await admin.locator('.problems').getByText('has no name').waitFor(TIMEOUT);
  // Then the corrected file: its holidays, and the booking on the day it closes.
  const file = { ...shipped, holidays: [...shipped.holidays, { name: '临时调整', from: booking.date, to: booking.date }] };
  await admin.locator('.calendar-file').setInputFiles({ name: 'holidays.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const preview = admin.locator('.calendar-preview');
  await preview.getByText('临时调整').waitFor(TIMEOUT);
  await preview.getByText('受影响的预约：1 个').waitFor(TIMEOUT);
  await preview.locator('.affected').getByText(booking.reference).waitFor(TIMEOUT);
  let day = (await (await fetch(`${server.url}/api/v1/halls/${hall.code}/slots?item=${item.code}&from=${booking.date}&days=1`)).json()).days[0];
  assert.ok(day.open, 'a preview changes nothing');
  await admin.screenshot({ path: 'tests/e2e/output/console-calendar-zh-CN.png', fullPage: true });
  await admin.getByRole('button', { name: say('calendar-save') }).click();
  await admin.getByText(say('calendar-saved')).waitFor(TIMEOUT);
  day = (await (await fetch(`${server.url}/api/v1/halls/${hall.code}/slots?item=${item.code}&from=${booking.date}&days=1`)).json()).days[0];
  assert.deepEqual([day.open, day.holiday], [false, true], 'the day is a holiday now: no slots');
  assert.deepEqual(errors(admin, /status of 400/), []);
  await admin.context().close();
});

test('a hall admin closes one window for the morning: its items lose its places, and only the citizens who no longer fit are cancelled, the last booked first', { timeout: 90_000 }, async () => {
  const server = e2e.server;
  // Xiacheng's centre serves item 101100000001 at windows A01 and D01: 4 places a slot.
  const [at, what] = ['330102-01', '101100000001'];
  const guide = await (await fetch(`${server.url}/api/v1/halls/${at}/items/${what}`)).json();
  assert.deepEqual(guide.windows.map((w) => w.number), ['A01', 'D01']);
  const booked = [];
  for (const name of ['褚一', '卫二', '蒋三', '沈四']) {
    booked.push(await book(server, { skip: 2, name, at, what }));
    await new Promise((resolve) => setTimeout(resolve, 1100));
  }
  assert.ok(booked.every((b) => b.start === booked[0].start && b.date === booked[0].date), 'one full slot');
  const { date, start } = booked[0];
  const admin = await staffPage(server, 'window.admin', 'hall_admin', { halls: [at] });
  await admin.goto(`${server.url}/console/?hall=${at}&date=${date}&tab=day`);
  await admin.locator(`tr[data-reference="${booked[0].reference}"]`).waitFor(TIMEOUT);
  await admin.getByText(say('close-title')).click();
  await admin.locator('.close-window').selectOption('A01');
  await admin.locator('.close-start').fill(start);
  const [h, m] = start.split(':').map(Number);
  await admin.locator('.close-end').fill(`${String(h + 1).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  await admin.locator('.close-reason').fill('A01 窗口设备故障');
  await admin.getByRole('button', { name: say('close-submit') }).click();
  await admin.getByText(say('close-confirm-window')).waitFor(TIMEOUT);
  await admin.screenshot({ path: 'tests/e2e/output/console-close-window-zh-CN.png', fullPage: true });
  await admin.getByRole('button', { name: say('close-confirm') }).click();
  await admin.getByText('已闭厅，取消了 2 个预约').waitFor(TIMEOUT);
  // The two booked last are cancelled by the hall; the first two keep their places.
  for (const [n, b] of booked.entries()) {
    const state = n < 2 ? say('state-booked') : say('state-cancelled-by-hall');
    await admin.locator(`tr[data-reference="${b.reference}"]`).getByText(state).waitFor(TIMEOUT);
  }
  const slot = (await (await fetch(`${server.url}/api/v1/halls/${at}/slots?item=${what}&from=${date}&days=1`)).json()).days[0].slots.find((s) => s.start === start);
  assert.deepEqual([slot.capacity, slot.remaining], [2, 0], "D01's places remain, both taken");
  assert.deepEqual(errors(admin), []);
  await admin.context().close();
});

test("a hall admin opens a clerk's account and hands over its one-time password; disabling it ends the clerk's session", { timeout: 90_000 }, async () => {
  const server = e2e.server;
  const admin = await staffPage(server, 'people.admin', 'hall_admin');
  await admin.getByRole('tab', { name: say('tab-staff') }).click();
  await admin.locator('tr[data-login="people.admin"]').waitFor(TIMEOUT);
  assert.equal(await admin.locator('tr[data-login="people.admin"]').getByRole('button').count(), 0, 'not one\'s own account');
  await admin.locator('#staff-login').fill('Bad Name');
  await admin.getByRole('button', { name: say('staff-add') }).click();
  await admin.getByRole('alert').getByText(say('staff-login-refused')).waitFor(TIMEOUT);
  assert.equal(await admin.locator('#staff-login').inputValue(), 'Bad Name', 'what was typed stays');
  await admin.locator('#staff-login').fill('people.new');
  await admin.getByRole('button', { name: say('staff-add') }).click();
  const once = (await admin.locator('.one-time').innerText()).trim();
  assert.match(once, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await admin.locator('tr[data-login="people.new"]').getByText(say('staff-pending')).waitFor(TIMEOUT);
  await admin.screenshot({ path: 'tests/e2e/output/console-staff-zh-CN.png', fullPage: true });

  // The clerk signs in with it on their own PC and chooses a password.
  const clerk = await e2e.newPage({ ...DESK });
  await clerk.goto(`${server.url}/console/`);
  await clerk.locator('#login').fill('people.new');
  await clerk.locator('#password').fill(once);
  await clerk.getByRole('button', { name: say('login-submit') }).click();
  await clerk.locator('#new-password').fill('my own counter phrase');
  await clerk.locator('#new-password-again').fill('my own counter phrase');
  await clerk.getByRole('button', { name: say('password-submit') }).click();
  await clerk.getByRole('tab', { name: say('tab-check-in') }).waitFor(TIMEOUT);

  // Asked once more (it cannot be undone from the console): first "no", then "yes".
  admin.once('dialog', (dialog) => dialog.dismiss());
  await admin.locator('tr[data-login="people.new"]').getByRole('button', { name: say('staff-disable') }).click();
  await clerk.getByRole('tab', { name: say('tab-day') }).click();
  await clerk.locator('.day').waitFor(TIMEOUT);
  admin.once('dialog', (dialog) => dialog.accept());
  await admin.locator('tr[data-login="people.new"]').getByRole('button', { name: say('staff-disable') }).click();
  await admin.locator('tr[data-login="people.new"]').getByText(say('staff-disabled')).waitFor(TIMEOUT);
  // The clerk's next request (the day list, opened again) finds the session gone.
  await clerk.getByRole('tab', { name: say('tab-check-in') }).click();
  await clerk.getByRole('tab', { name: say('tab-day') }).click();
  await clerk.getByText(say('session-ended')).waitFor(TIMEOUT);
  assert.deepEqual(errors(admin, /status of 400/), []);
  assert.deepEqual(errors(clerk), [], 'the ended session is met without a crash');
  await admin.context().close();
  await clerk.context().close();
});
