// The hall's side as a citizen meets it (issue 22), with staff signed in through the
// console's API on accounts made by `hall-server staff add`:
// - the no-show rule: window staff mark three appointments as not come; the fourth
//   booking is refused in the browser with the day online booking opens again, in zh-CN
//   and ug, and nothing typed is lost;
// - a closure: a hall admin closes the day of a citizen's appointment; their ticket in
//   My appointments says the hall cancelled it, why, and offers another time.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { bookableHall, residentId, serverBin, useServerAndBrowser } from './harness.mjs';

const TIMEOUT = { timeout: 15_000 };
const ID_STEM = '11010519800101003';
let hall;
let item;

const e2e = useServerAndBrowser({
  setup: async ({ server }) => {
    ({ hall, item } = await bookableHall(server));
  },
});

/** Staff of `hall` (`role`), signed in, one-time password changed: the headers of its writes. */
async function clerk(server, login, role = 'window_staff') {
  const where = server.databaseUrl ? ['--database-url', server.databaseUrl] : ['--data-dir', server.dataDir];
  const said = execFileSync(serverBin, ['staff', 'add', '--login', login, '--role', role, '--hall', hall.code, ...where], { encoding: 'utf8' });
  const once = said.match(/\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b/)[0];
  const signIn = await fetch(`${server.url}/api/v1/console/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password: once }) });
  assert.equal(signIn.status, 200, await signIn.clone().text());
  const cookie = signIn.headers.get('set-cookie').split(';')[0];
  const { csrf_token: csrf } = await signIn.json();
  const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf };
  const changed = await fetch(`${server.url}/api/v1/console/password`, { method: 'POST', headers, body: JSON.stringify({ current: once, new: 'a counter phrase' }) });
  assert.equal(changed.status, 200, await changed.text());
  return headers;
}

test("a citizen who missed three appointments is told in their language from which day they may book online again, and keeps what they typed", { timeout: 120_000 }, async () => {
  const server = e2e.server;
  const headers = await clerk(server, 'gao.window');
  const slots = await (await fetch(`${server.url}/api/v1/halls/${hall.code}/slots?item=${item.code}`)).json();
  const days = slots.days.filter((d) => d.slots.some((s) => s.remaining > 0));
  let last;
  for (const [n, day] of days.slice(0, 3).entries()) {
    const start = day.slots.find((s) => s.remaining > 0).start;
    const booked = await fetch(`${server.url}/api/v1/appointments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `no-show-e2e-${n}` },
      body: JSON.stringify({ hall_code: hall.code, item_code: item.code, date: day.date, start, name: '高一', mobile: '13912340000', resident_id: residentId(ID_STEM) }),
    });
    assert.equal(booked.status, 201, await booked.clone().text());
    const { appointment } = await booked.json();
    const marked = await fetch(`${server.url}/api/v1/console/appointments/${appointment.reference}/state`, { method: 'POST', headers, body: JSON.stringify({ from: 'booked', to: 'no_show' }) });
    assert.equal(marked.status, 200, await marked.text());
    last = day.date;
  }
  const [y, m, d] = last.split('-').map(Number);
  const from = new Date(Date.UTC(y, m - 1, d + 31));

  const words = (lang) => {
    const text = ['booking', 'item'].map((f) => readFileSync(`locales/${lang}/${f}.ftl`, 'utf8')).join('\n');
    const say = (id) => text.match(new RegExp(`^${id} = (.*)$`, 'm'))[1].trim();
    return { name: say('book-name'), mobile: say('book-mobile'), id: say('book-resident-id'), next: say('questions-continue'), confirm: say('book-confirm') };
  };
  for (const [locale, lang, expected] of [
    ['zh-CN', 'zh-CN', `${from.getUTCMonth() + 1}月${from.getUTCDate()}日`],
    ['ug', 'ug', null],
  ]) {
    const say = words(lang);
    const page = await e2e.newPage({ locale });
    await page.goto(`${server.url}/halls/${hall.code}/items/${item.code}/book`);
    const day = page.locator('.day-choice:not([disabled])').nth(3);
    await day.waitFor(TIMEOUT);
    await day.click();
    await page.locator('.time-choice:not([disabled])').first().click();
    const form = page.locator('.details-form');
    await form.getByLabel(say.name).fill('高一');
    await form.getByLabel(say.mobile).fill('13912340000');
    await form.getByLabel(say.id).fill(residentId(ID_STEM));
    await form.getByRole('button', { name: say.next }).click();
    await page.getByRole('button', { name: say.confirm }).click();
    const alert = page.locator('p.load-error[role=alert]');
    await alert.waitFor(TIMEOUT);
    const text = await alert.innerText();
    if (expected) assert.ok(text.includes(expected), `zh-CN names the day: ${text}`);
    assert.ok(text.includes('12345'), `says where to turn meanwhile: ${text}`);
    assert.ok(!/\{\s*\$date\s*\}/.test(text), text);
    await page.screenshot({ path: `tests/e2e/output/no-show-refused-${locale}.png`, fullPage: true });
    assert.equal(await page.locator('.ticket').count(), 0, 'nothing was booked');
    // Nothing lost: the answers are still there to check (or to take to the counter).
    await page.locator('.check-answers').getByText('13912340000').waitFor(TIMEOUT);
    assert.deepEqual(page.consoleErrors.filter((e) => !e.includes('status of 409')), [], 'nothing but the refusal itself');
    await page.context().close();
  }
});

test('a citizen whose appointment the hall cancels (closed that day) sees it on the ticket with the reason and can book another time', { timeout: 60_000 }, async () => {
  const server = e2e.server;
  const page = await e2e.newPage();
  await page.goto(`${server.url}/halls/${hall.code}/items/${item.code}/book`);
  const day = page.locator('.day-choice:not([disabled])').nth(5);
  await day.waitFor(TIMEOUT);
  const date = await day.getAttribute('data-date');
  await day.click();
  await page.locator('.time-choice:not([disabled])').first().click();
  const form = page.locator('.details-form');
  await form.getByLabel('姓名').fill('林二');
  await form.getByLabel('手机号码').fill('13912349999');
  await form.getByLabel('居民身份证号码').fill(residentId('11010519800101005'));
  await form.getByRole('button', { name: '继续' }).click();
  await page.getByRole('button', { name: '确认预约' }).click();
  await page.getByRole('heading', { name: '预约成功' }).waitFor(TIMEOUT);
  const reference = (await page.locator('.reference').innerText()).trim();

  const admin = await clerk(server, 'lin.admin', 'hall_admin');
  const closed = await fetch(`${server.url}/api/v1/console/halls/${hall.code}/closures`, { method: 'POST', headers: admin, body: JSON.stringify({ date, reason: '台风预警，全天停止办公' }) });
  assert.equal(closed.status, 201, await closed.clone().text());
  assert.deepEqual((await closed.json()).cancelled, [reference]);

  await page.goto(`${server.url}/appointments`);
  const ticket = page.locator(`.ticket[data-reference="${reference}"]`);
  await ticket.waitFor(TIMEOUT);
  await ticket.getByText('大厅已取消这个预约').waitFor(TIMEOUT);
  await ticket.locator('.cancel-reason').getByText('台风预警，全天停止办公').waitFor(TIMEOUT);
  assert.equal(await ticket.locator('svg.qr-code').count(), 0, 'no code to show at a counter that is closed');
  await page.screenshot({ path: 'tests/e2e/output/closure-ticket-zh-CN.png', fullPage: true });
  // Another time: the booking page of the same item at the same hall, without the closed day's slots.
  await ticket.getByRole('link', { name: '重新预约这个事项' }).click();
  await page.locator('.day-choice').first().waitFor(TIMEOUT);
  const closedDay = page.locator(`.day-choice[data-date="${date}"]`);
  if (await closedDay.count()) assert.ok(await closedDay.isDisabled(), 'the closed day cannot be chosen');
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});
