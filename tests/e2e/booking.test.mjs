// Booking an appointment end to end in a real browser against the real server: a day, a
// time, details with inline errors that keep what was typed, check, confirm; the slot
// taken meanwhile; My appointments with reschedule and cancel; the manage link on
// another phone. Personal data never in the URL, on the device or in the server's log.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bookableHall, residentId, useServerAndBrowser } from './harness.mjs';

let hall;
let item;

const TIMEOUT = { timeout: 15_000 };
const MOBILE = '13812345678';
const ID = '11010519491231002X';

const e2e = useServerAndBrowser({
  setup: async ({ server }) => {
    ({ hall, item } = await bookableHall(server));
  },
});

/** Books every free place of a slot through the API, as other citizens would. */
async function fillSlot(date, start) {
  const slots = await (await fetch(`${e2e.server.url}/api/v1/halls/${hall.code}/slots?item=${item.code}`)).json();
  const slot = slots.days.find((d) => d.date === date).slots.find((s) => s.start === start);
  for (let i = 0; i < slot.remaining; i++) {
    const id = residentId(`330106199001010${String(i).padStart(2, '0')}`);
    const response = await fetch(`${e2e.server.url}/api/v1/appointments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `fill-${date}-${start}-${i}` },
      body: JSON.stringify({ hall_code: hall.code, item_code: item.code, date, start, name: `别人${i}`, mobile: `1391234${String(1000 + i)}`, resident_id: id }),
    });
    assert.equal(response.status, 201, await response.text());
  }
}

async function chooseFirstSlot(page) {
  const day = page.locator('.day-choice:not([disabled])').first();
  await day.waitFor(TIMEOUT);
  const date = await day.getAttribute('data-date');
  await day.click();
  const time = page.locator('.time-choice:not([disabled])').first();
  await time.waitFor(TIMEOUT);
  const start = await time.getAttribute('data-start');
  await time.click();
  return { date, start };
}

/** Types the citizen's details into the booking form and goes on to checking them. */
async function enterDetails(page, name, mobile, idStem) {
  const form = page.locator('.details-form');
  await form.getByLabel('姓名').fill(name);
  await form.getByLabel('手机号码').fill(mobile);
  await form.getByLabel('居民身份证号码').fill(residentId(idStem));
  await form.getByRole('button', { name: '继续' }).click();
}

/** Books the first free time with these details; the ticket's reference. */
async function bookFirstSlot(page, name, mobile, idStem) {
  await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${item.code}/book`);
  await chooseFirstSlot(page);
  await enterDetails(page, name, mobile, idStem);
  await page.getByRole('button', { name: '确认预约' }).click();
  await page.getByRole('heading', { name: '预约成功' }).waitFor(TIMEOUT);
  return (await page.locator('.reference').innerText()).trim();
}

test('a citizen books a slot, fixes the details the form flags, and gets a ticket', async () => {
  const page = await e2e.newPage();
  await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${item.code}`);
  await page.getByRole('link', { name: '预约到大厅办理' }).first().click();
  await page.getByRole('heading', { level: 1, name: `预约办理：${item.name}` }).waitFor(TIMEOUT);
  // Closed days are listed, not hidden, and cannot be chosen.
  await page.locator('.day-choice').first().waitFor(TIMEOUT);
  assert.ok((await page.locator('.day-choice').count()) >= 10, 'the booking window is listed day by day');
  const { date, start } = await chooseFirstSlot(page);

  const form = page.locator('.details-form');
  await form.getByRole('button', { name: '继续' }).click();
  assert.equal(await form.locator('.field-error').count(), 3, 'every empty field is flagged');
  await form.getByLabel('姓名').fill('张三');
  await form.getByLabel('手机号码').fill('12345');
  await form.getByLabel('居民身份证号码').fill('110105194912310021');
  await form.getByRole('button', { name: '继续' }).click();
  await form.getByText('手机号码是 11 位数字').waitFor(TIMEOUT);
  await form.getByText('身份证号码有一位输错了').waitFor(TIMEOUT);
  assert.equal(await form.getByLabel('姓名').inputValue(), '张三', 'what was typed is kept');
  assert.equal(await form.getByLabel('居民身份证号码').getAttribute('aria-invalid'), 'true');
  await form.getByLabel('手机号码').fill('138 1234 5678');
  await form.getByLabel('居民身份证号码').fill(ID);
  await form.getByRole('button', { name: '继续' }).click();

  // The check page shows what was typed in full (normalised), with the item and the hall, so a typo can be caught.
  const check = page.locator('.check-answers');
  await check.getByText(MOBILE, { exact: true }).waitFor(TIMEOUT);
  await check.getByText(ID, { exact: true }).waitFor(TIMEOUT);
  await check.getByText(item.name, { exact: true }).waitFor(TIMEOUT);
  await check.getByText(hall.name, { exact: true }).waitFor(TIMEOUT);
  // The whole span of the visit, not only when it starts.
  const slotsNow = await (await fetch(`${e2e.server.url}/api/v1/halls/${hall.code}/slots?item=${item.code}`)).json();
  const end = slotsNow.days.find((d) => d.date === date).slots.find((s) => s.start === start).end;
  assert.match((await check.locator('.answer').nth(2).innerText()).replace(/[\u00a0\u2060]/g, ' '), new RegExp(`${start}\\s*–\\s*${end}`), 'the check page gives start and end');
  // "Change" on the mobile goes back to that very field, focused, with everything kept.
  await check.getByRole('button', { name: '修改 手机号码' }).click();
  const mobileField = form.getByLabel('手机号码');
  await page.waitForFunction(() => document.activeElement?.id === 'mobile', null, TIMEOUT);
  assert.equal(await mobileField.inputValue(), '138 1234 5678', 'kept as typed');
  assert.equal(await form.getByLabel('姓名').inputValue(), '张三');
  await form.getByRole('button', { name: '继续' }).click();
  await check.getByRole('button', { name: '确认预约' }).click();

  await page.getByRole('heading', { name: '预约成功' }).waitFor(TIMEOUT);
  const reference = (await page.locator('.reference').innerText()).trim();
  assert.match(reference, /^[0-9A-HJKMNP-TV-Z]{8}$/);
  assert.equal(await page.locator('.ticket svg.qr-code path').count(), 1, 'a QR code of the reference');
  await page.locator('.ticket').getByText(start).first().waitFor(TIMEOUT);
  // After confirmation the numbers are masked everywhere.
  await page.locator('.ticket').getByText('138****5678').waitFor(TIMEOUT);
  // Name, mobile and ID each on a row of their own, under their own labels.
  const facts = await page.locator('.ticket .facts > div').evaluateAll((rows) => rows.map((r) => [r.querySelector('dt').innerText, r.querySelector('dd').innerText]));
  assert.deepEqual(facts.slice(-3), [['姓名', '张三'], ['手机号码', '138****5678'], ['居民身份证号码', '110***********002X']]);
  await page.locator('.ticket').getByText('110***********002X').waitFor(TIMEOUT);
  assert.equal(await page.getByText(MOBILE).count(), 0, 'the full mobile is not shown after booking');
  assert.equal(await page.getByText(ID).count(), 0, 'the full ID is not shown after booking');
  const calendar = await page.getByRole('link', { name: '加入日历' }).getAttribute('href');
  assert.match(calendar, /^data:text\/calendar/);
  assert.ok(decodeURIComponent(calendar).includes(`UID:${reference}@hall-guide`));
  const manage = (await page.locator('.manage-link .manage-url').innerText()).trim();
  assert.match(manage, new RegExp(`/appointments/${reference}#[0-9a-f]{32}$`));

  // Nothing personal in the URL, on the device, or in the server's log.
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  for (const secret of [MOBILE, ID, '张三']) {
    assert.ok(!page.url().includes(secret) && !stored.includes(secret), `${secret} not in URL or storage`);
    assert.ok(!e2e.server.output().includes(secret), `${secret} not in the server log`);
  }
  assert.ok(stored.includes(reference));
  assert.ok(date && start);
  assert.deepEqual(page.consoleErrors, []);
});

test('when the slot is taken meanwhile, the citizen keeps their details and picks a near time', async () => {
  const page = await e2e.newPage();
  await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${item.code}/book`);
  const { date, start } = await chooseFirstSlot(page);
  await enterDetails(page, '李四', '13900001111', '44010619800101001');
  await page.locator('.check-answers').waitFor(TIMEOUT);
  await fillSlot(date, start);
  await page.getByRole('button', { name: '确认预约' }).click();
  await page.getByRole('alert').getByText('这个时段刚刚约满了').waitFor(TIMEOUT);
  const nearest = page.locator('.nearest-free .time-choice');
  await nearest.first().waitFor(TIMEOUT);
  // The nearest free times come first, where the error is, on the phone's first screen; the day's times after them.
  const nearestBox = await page.locator('.nearest-free').boundingBox();
  const dayTimes = await page.locator('.time-list').last().boundingBox();
  assert.ok(nearestBox.y < dayTimes.y, `nearest free times (y ${nearestBox.y}) above the day's times (y ${dayTimes.y})`);
  assert.ok(nearestBox.y < 740, 'on the first screen');
  await nearest.first().click();
  // Straight back to checking, with the details as typed.
  await page.locator('.check-answers').getByText('李四').waitFor(TIMEOUT);
  await page.getByRole('button', { name: '确认预约' }).click();
  await page.getByRole('heading', { name: '预约成功' }).waitFor(TIMEOUT);
});

test('my appointments lists the bookings, moves one to another time and cancels it', async () => {
  const page = await e2e.newPage();
  const reference = await bookFirstSlot(page, '王五', '13700002222', '31010119850505001');
  const manage = (await page.locator('.manage-link .manage-url').innerText()).trim();

  await page.getByRole('link', { name: '我的预约' }).first().click();
  const card = page.locator('.managed-appointment', { has: page.locator(`[data-reference="${reference}"]`) });
  await card.waitFor(TIMEOUT);
  const before = await card.locator('.ticket dd strong').first().innerText();

  const oldCalendar = decodeURIComponent(await card.getByRole('link', { name: '加入日历' }).getAttribute('href'));
  await card.getByRole('button', { name: '改期' }).click();
  const days = card.locator('.day-choice:not([disabled])');
  await days.nth(1).click();
  const newTime = card.locator('.time-choice:not([disabled])').last();
  const newStart = await newTime.getAttribute('data-start');
  await newTime.click();

  // One tap of a time only proposes it: the check shows the current and the new time, and nothing has moved yet.
  const check = card.locator('.reschedule-check');
  await check.getByRole('heading', { name: '核对新的预约时间' }).waitFor(TIMEOUT);
  assert.ok(await check.getByRole('heading').evaluate((h) => h === document.activeElement), 'the check step takes the focus');
  await check.getByText(before).waitFor(TIMEOUT);
  await check.getByText(newStart).waitFor(TIMEOUT);
  await check.getByText(item.name).waitFor(TIMEOUT);
  assert.equal(await card.locator('.ticket dd strong').first().innerText(), before, 'not moved before confirming');
  // "Change" goes back to the same day's times; choosing again comes back to checking.
  await check.getByRole('button', { name: '修改' }).click();
  await card.locator(`.time-choice[data-start="${newStart}"]`).click();
  await card.getByRole('button', { name: '确认改期' }).click();

  // The confirmation: moved, the old time released, the new calendar file offered.
  await card.getByRole('heading', { name: '改期成功' }).waitFor(TIMEOUT);
  await card.getByText(`原时间 ${before} 已释放`).waitFor(TIMEOUT);
  await card.locator('.ticket dd strong').first().filter({ hasNotText: before }).waitFor(TIMEOUT);
  const after = await card.locator('.ticket dd strong').first().innerText();
  assert.notEqual(after, before, 'the appointment moved');
  const newCalendar = decodeURIComponent(await card.getByRole('link', { name: '下载新的日历文件' }).getAttribute('href'));
  const dtstart = (ics) => ics.match(/DTSTART:(\S+)/)[1];
  assert.notEqual(dtstart(newCalendar), dtstart(oldCalendar), 'the new calendar file has the new time');
  assert.ok(newCalendar.includes(`UID:${reference}@hall-guide`), 'and the same event, to replace the old one');

  await card.getByRole('button', { name: '取消预约' }).click();
  await card.getByRole('button', { name: '确定取消' }).click();
  await card.getByText('已取消').waitFor(TIMEOUT);

  // The manage link opens the appointment on another phone, without the token lingering in the address bar.
  const other = await e2e.newPage();
  await other.goto(manage);
  await other.locator(`[data-reference="${reference}"]`).getByText('已取消').waitFor(TIMEOUT);
  assert.ok(!other.url().includes('#'), 'the token is dropped from the address bar');
});

/** Places left in a slot, from the API. */
async function remaining(date, start) {
  const slots = await (await fetch(`${e2e.server.url}/api/v1/halls/${hall.code}/slots?item=${item.code}`)).json();
  return slots.days.find((d) => d.date === date).slots.find((s) => s.start === start).remaining;
}

test('a flaky network: reads are asked again, a booking whose answer is lost is sent again with its key and made once', async () => {
  // Service workers blocked: page.route sees every request the page makes.
  const page = await e2e.newPage({ serviceWorkers: 'block' });
  // The server is busy the first time the hall's items are asked for.
  let itemAnswers = 0;
  await page.route((url) => url.pathname === `/api/v1/halls/${hall.code}/items`, (route) => {
    if (itemAnswers++ > 0) return route.continue();
    const body = JSON.stringify({ error: { code: 'unavailable', message: 'busy' } });
    return route.fulfill({ status: 503, headers: { 'retry-after': '1', 'content-type': 'application/json' }, body });
  });
  await page.goto(`${e2e.server.url}/halls/${hall.code}`);
  await page.getByRole('link', { name: item.name }).first().waitFor(TIMEOUT);
  assert.ok(itemAnswers >= 2, 'the items were asked for again');
  assert.equal(await page.getByRole('alert').count(), 0, 'no error shown for a failure the app got over');

  // The first booking request reaches the server, but its answer is lost on the way back.
  const keys = [];
  let lose = 1;
  await page.route((url) => url.pathname === '/api/v1/appointments', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    keys.push(route.request().headers()['idempotency-key']);
    if (lose-- <= 0) return route.continue();
    await route.fetch(); // the server books…
    return route.abort('timedout'); // …and the phone never hears of it
  });
  await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${item.code}/book`);
  const { date, start } = await chooseFirstSlot(page);
  const before = await remaining(date, start);
  await enterDetails(page, '赵六', '13600003333', '32010219750808001');
  await page.getByRole('button', { name: '确认预约' }).click();
  await page.getByRole('heading', { name: '预约成功' }).waitFor(TIMEOUT);
  assert.equal(keys.length, 2, 'sent again by itself');
  assert.equal(keys[0], keys[1], 'with the same Idempotency-Key');
  assert.equal(await remaining(date, start), before - 1, 'booked once');

  // Every try fails: the citizen is told, keeps the details, and tries again by hand.
  await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${item.code}/book`);
  const second = await chooseFirstSlot(page);
  await enterDetails(page, '钱七', '13600004444', '32010219750808002');
  const secondBefore = await remaining(second.date, second.start);
  keys.length = 0;
  lose = 3;
  await page.getByRole('button', { name: '确认预约' }).click();
  await page.getByRole('alert').getByText('服务暂时没有响应，您填写的内容都已保留').waitFor(TIMEOUT);
  assert.equal(keys.length, 3, 'tried three times before telling the citizen');
  await page.locator('.check-answers').getByText('钱七').waitFor(TIMEOUT);
  assert.equal(await remaining(second.date, second.start), secondBefore - 1, 'the first try had booked');
  await page.getByRole('button', { name: '确认预约' }).click();
  await page.getByRole('heading', { name: '预约成功' }).waitFor(TIMEOUT);
  assert.equal(new Set(keys).size, 1, 'the citizen\'s own retry uses the same key');
  assert.equal(await remaining(second.date, second.start), secondBefore - 1, 'and books nothing more');
});

test('my appointments: a ticket that cannot be loaded says why and loads again on Try again', async () => {
  const page = await e2e.newPage({ serviceWorkers: 'block' });
  const reference = await bookFirstSlot(page, '周九', '13600005555', '32010219750808003');

  // The server is busy when My appointments asks for the ticket.
  const busy = (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    const body = JSON.stringify({ error: { code: 'unavailable', message: 'busy' } });
    return route.fulfill({ status: 503, headers: { 'retry-after': '1', 'content-type': 'application/json' }, body });
  };
  const ticket = (url) => url.pathname === `/api/v1/appointments/${reference}`;
  await page.route(ticket, busy);
  await page.getByRole('link', { name: '我的预约' }).first().click();
  const alert = page.getByRole('alert');
  await alert.getByText('服务繁忙').waitFor(TIMEOUT);
  await page.unroute(ticket, busy);
  await alert.getByRole('button', { name: '重试' }).click();
  await page.locator(`.managed-appointment [data-reference="${reference}"]`).waitFor(TIMEOUT);
  assert.equal(await page.getByRole('alert').count(), 0);
});

test('booked already that day: the citizen is led to My appointments or to another day, not to confirm again', async () => {
  const page = await e2e.newPage();
  await bookFirstSlot(page, '孙八', '13600006666', '32010219750808004');

  // The same person books the same item on the same day again.
  await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${item.code}/book`);
  await chooseFirstSlot(page);
  await enterDetails(page, '孙八', '13600006666', '32010219750808004');
  await page.getByRole('button', { name: '确认预约' }).click();
  await page.getByRole('alert').getByText('您当天已预约过这个事项').waitFor(TIMEOUT);
  const toAppointments = page.getByRole('link', { name: '到“我的预约”改期或取消' });
  assert.equal(new URL(await toAppointments.getAttribute('href'), page.url()).pathname, '/appointments');

  // Another day, with the details kept: straight back to checking, and booked.
  await page.getByRole('button', { name: '改约其他日期' }).click();
  const days = page.locator('.day-choice:not([disabled])');
  await days.nth(1).click();
  await page.locator('.time-choice:not([disabled])').first().click();
  await page.locator('.check-answers').getByText('孙八').waitFor(TIMEOUT);
  assert.equal(await page.getByRole('alert').count(), 0, 'the old error is gone');
  await page.getByRole('button', { name: '确认预约' }).click();
  await page.getByRole('heading', { name: '预约成功' }).waitFor(TIMEOUT);
});

test('leaving the booking to read the guide and coming back keeps what was typed, in memory only; booking clears it', async () => {
  const page = await e2e.newPage();
  await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${item.code}/book`);
  await chooseFirstSlot(page);
  const form = page.locator('.details-form');
  await form.getByLabel('姓名').fill('吴十');
  await form.getByLabel('手机号码').fill('13600007777');
  // Back to the guide (the breadcrumb), then to the booking again.
  await page.locator('nav').getByRole('link', { name: item.name }).first().click();
  await page.getByRole('link', { name: '预约到大厅办理' }).first().click();
  await chooseFirstSlot(page);
  assert.equal(await form.getByLabel('姓名').inputValue(), '吴十', 'the name is kept');
  assert.equal(await form.getByLabel('手机号码').inputValue(), '13600007777', 'the mobile is kept');
  assert.equal(await form.locator('.field-error').count(), 0, 'nothing flagged before the citizen continues');
  const stored = await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage));
  assert.ok(!stored.includes('13600007777') && !stored.includes('吴十'), 'never in the browser\'s storage');
  await form.getByLabel('居民身份证号码').fill(residentId('32010219750808005'));
  await form.getByRole('button', { name: '继续' }).click();
  await page.getByRole('button', { name: '确认预约' }).click();
  await page.getByRole('heading', { name: '预约成功' }).waitFor(TIMEOUT);

  // Booked: the next booking starts empty.
  await page.locator('nav').getByRole('link', { name: item.name }).first().click();
  await page.getByRole('link', { name: '预约到大厅办理' }).first().click();
  await chooseFirstSlot(page);
  assert.equal(await form.getByLabel('姓名').inputValue(), '');
});

// Documents other than the resident ID, and booking for someone else (issue 19.5).

test('booking for someone else with a Hong Kong and Macao travel permit: the check page shows it in full, the ticket masked and labelled', async () => {
  const page = await e2e.newPage();
  await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${item.code}/book`);
  await chooseFirstSlot(page);
  const form = page.locator('.details-form');
  await form.getByRole('radio', { name: '替他人预约（代办）' }).check();
  await form.getByRole('heading', { name: '办事人信息', exact: true }).waitFor(TIMEOUT);
  await form.getByLabel('办事人姓名', { exact: true }).fill('陈大文');
  await form.getByLabel('证件类型').selectOption('hk_macau_permit');
  await form.getByLabel('港澳居民来往内地通行证号码').fill('h1234 5678');
  await form.getByLabel('代办人姓名', { exact: true }).fill('李四');
  await form.getByLabel('代办人手机号码').fill('139 0000 1111');
  await form.getByRole('button', { name: '继续' }).click();

  // In full on the check page, each under its own label, with its own Change.
  const check = page.locator('.check-answers');
  await check.getByText('H12345678', { exact: true }).waitFor(TIMEOUT);
  const rows = await check.locator('.answer').evaluateAll((all) => all.map((r) => [r.querySelector('dt').innerText, r.querySelector('dd > span').innerText]));
  for (const row of [
    ['为谁预约', '替他人预约（代办）'],
    ['办事人姓名', '陈大文'],
    ['证件类型', '港澳居民来往内地通行证'],
    ['港澳居民来往内地通行证号码', 'H12345678'],
    ['代办人姓名', '李四'],
    ['代办人手机号码', '13900001111'],
  ]) {
    assert.ok(rows.some(([label, value]) => label === row[0] && value === row[1]), `${row.join(': ')} in ${JSON.stringify(rows)}`);
  }
  // Change on the document goes back to its list, focused, with everything kept.
  await check.getByRole('button', { name: '修改 证件类型' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'document_type', null, TIMEOUT);
  assert.equal(await form.getByLabel('港澳居民来往内地通行证号码').inputValue(), 'h1234 5678');
  await form.getByRole('button', { name: '继续' }).click();
  await check.getByRole('button', { name: '确认预约' }).click();

  await page.getByRole('heading', { name: '预约成功' }).waitFor(TIMEOUT);
  const facts = await page.locator('.ticket .facts > div').evaluateAll((all) => all.map((r) => [r.querySelector('dt').innerText, r.querySelector('dd').innerText]));
  const person = facts.filter(([label]) => ['办事人姓名', '港澳居民来往内地通行证号码', '代办人姓名', '代办人手机号码'].includes(label));
  assert.deepEqual(person, [['办事人姓名', '陈大文'], ['港澳居民来往内地通行证号码', 'H*****678'], ['代办人姓名', '李四'], ['代办人手机号码', '139****1111']]);
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  for (const secret of ['H12345678', '13900001111']) {
    assert.equal(await page.getByText(secret).count(), 0, `${secret} is not shown in full after booking`);
  }
  for (const secret of ['H12345678', '13900001111', '陈大文', '李四']) {
    assert.ok(!page.url().includes(secret) && !stored.includes(secret), `${secret} not in URL or storage`);
    assert.ok(!e2e.server.output().includes(secret), `${secret} not in the server log`);
  }
  assert.deepEqual(page.consoleErrors, []);
});

test('a passport number in the wrong format and a mobile starting with 2 each say what is wrong, and keep what was typed', async () => {
  const page = await e2e.newPage();
  await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${item.code}/book`);
  await chooseFirstSlot(page);
  const form = page.locator('.details-form');
  await form.getByLabel('姓名').fill('Ana García');
  await form.getByLabel('证件类型').selectOption('passport');
  await form.getByLabel('护照号码').fill('XDA-123456');
  await form.getByLabel('手机号码').fill('23812345678');
  await form.getByRole('button', { name: '继续' }).click();
  await form.getByText('护照号码只能由英文字母和数字组成').waitFor(TIMEOUT);
  await form.getByText('大陆手机号码以 1 开头').waitFor(TIMEOUT);
  assert.equal(await form.getByText('手机号码是 11 位数字').count(), 0, 'an 11-digit number is not told to be 11 digits');
  assert.equal(await form.getByLabel('护照号码').getAttribute('aria-invalid'), 'true');
  await page.waitForFunction(() => document.activeElement?.id === 'document_number', null, TIMEOUT);
  assert.equal(await form.getByLabel('护照号码').inputValue(), 'XDA-123456', 'kept as typed');
  assert.equal(await form.getByLabel('手机号码').inputValue(), '23812345678');
  assert.equal(await form.getByLabel('证件类型').inputValue(), 'passport');
  // Corrected, it books.
  await form.getByLabel('护照号码').fill('XDA123456');
  await form.getByLabel('手机号码').fill('13812340000');
  await form.getByRole('button', { name: '继续' }).click();
  await page.locator('.check-answers').getByText('XDA123456', { exact: true }).waitFor(TIMEOUT);
  await page.getByRole('button', { name: '确认预约' }).click();
  await page.getByRole('heading', { name: '预约成功' }).waitFor(TIMEOUT);
  await page.locator('.ticket').getByText('X*****456').waitFor(TIMEOUT);
  assert.deepEqual(page.consoleErrors, []);
});
