// The ticket and My appointments as a citizen sees them (issue 19.2, 19.9, 19.27): booked
// dates and times read in the reader's order in Uyghur (checked by where each part is
// drawn), time ranges never broken over two lines, the windows serving the item, what to
// bring and the arrival rules, the manage link in full with a copy button, "book again"
// once cancelled, and one flat card per appointment.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { residentId, useServerAndBrowser } from './harness.mjs';

const TIMEOUT = { timeout: 15_000 };
let hall;
let item;
let guide;
let people = 0;

const e2e = useServerAndBrowser({
  setup: async ({ server }) => {
    // A hall that takes appointments and an item it serves at a window, with questions.
    const halls = await (await fetch(`${server.url}/api/v1/halls?limit=100`)).json();
    for (const summary of halls.halls) {
      const details = await (await fetch(`${server.url}/api/v1/halls/${summary.code}`)).json();
      if (!details.services.appointments) continue;
      const items = (await (await fetch(`${server.url}/api/v1/halls/${summary.code}/items`)).json()).items;
      for (const candidate of items) {
        const g = await (await fetch(`${server.url}/api/v1/halls/${summary.code}/items/${candidate.code}`)).json();
        if (g.windows.length > 0 && g.questions.length > 0) {
          [hall, item, guide] = [details, candidate, g];
          return;
        }
      }
    }
    throw new Error('no demo item served at a window of a hall that takes appointments');
  },
});

/** A message of a locale's Fluent files (single-line messages, as written there). */
function message(lang, id) {
  for (const file of ['booking', 'item', 'hall', 'app']) {
    const text = readFileSync(join(import.meta.dirname, `../../locales/${lang}/${file}.ftl`), 'utf8');
    const line = text.split('\n').find((l) => l.startsWith(`${id} = `));
    if (line) return line.slice(id.length + 3);
  }
  throw new Error(`no message ${id} in ${lang}`);
}

/** The Uyghur name of a date's month and weekday, as the app's messages write them. */
function ugNames(date) {
  const booking = readFileSync(join(import.meta.dirname, '../../locales/ug/booking.ftl'), 'utf8');
  const month = Number(date.slice(5, 7));
  const months = booking.slice(booking.indexOf('date-day = '));
  const name = months.match(new RegExp(`\\[${month}\\] (\\S+)`))[1];
  const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
  const weekday = message('ug', `weekday-${weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()]}`);
  return { day: String(Number(date.slice(8, 10))), month: name, weekday };
}

/** Books a slot through the API, as another phone would: the booking (with its token),
 * and the mobile and ID number it was made with. */
async function bookByApi(date, start) {
  people += 1;
  const [mobile, id] = [`1370000${String(1000 + people)}`, residentId(`33010619880101${String(100 + people)}`)];
  const response = await fetch(`${e2e.server.url}/api/v1/appointments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `ticket-${people}` },
    body: JSON.stringify({ hall_code: hall.code, item_code: item.code, date, start, name: `测试${people}`, mobile, resident_id: id }),
  });
  const text = await response.text();
  assert.equal(response.status, 201, text);
  return { ...JSON.parse(text), mobile, id };
}

/** The free slots (day, start, end), from the API. */
async function freeSlots() {
  const slots = await (await fetch(`${e2e.server.url}/api/v1/halls/${hall.code}/slots?item=${item.code}`)).json();
  return slots.days.flatMap((d) => d.slots.filter((s) => s.remaining > 0).map((s) => ({ date: d.date, start: s.start, end: s.end })));
}

/** Goes through the booking form to the check step, by field ids (any language). */
async function fillBooking(page, lang) {
  await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${item.code}/book?lang=${lang}`);
  const day = page.locator('.day-choice:not([disabled])').first();
  await day.waitFor(TIMEOUT);
  const date = await day.getAttribute('data-date');
  await day.click();
  const time = page.locator('.time-choice:not([disabled])').first();
  await time.waitFor(TIMEOUT);
  const start = await time.getAttribute('data-start');
  const end = (await freeSlots()).find((s) => s.date === date && s.start === start).end;
  await time.click();
  people += 1;
  await page.locator('#name').fill(`李${people}`);
  await page.locator('#mobile').fill(`1390000${String(1000 + people)}`);
  await page.locator('#document_number, #resident_id').fill(residentId(`44010619900201${String(100 + people)}`));
  await page.locator('.details-form button[type=submit]').click();
  await page.locator('.check-answers').waitFor(TIMEOUT);
  return { date, start, end };
}

async function confirmBooking(page) {
  await page.locator('.check-answers .step-actions .button').first().click();
  await page.locator('.confirmation .ticket').waitFor(TIMEOUT);
}

/**
 * Where the parts of a composed text are drawn, each found after the one before in the
 * text's own (logical) order: the centre x of each and the tops of the lines it is on.
 */
async function drawn(locator, parts) {
  await locator.waitFor(TIMEOUT);
  return locator.evaluate((element, parts) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push([n, text.length]);
      text += n.data;
    }
    const at = (offset) => {
      const [node, begin] = nodes.findLast(([, begin]) => begin <= offset);
      return [node, Math.min(offset - begin, node.data.length)];
    };
    let from = 0;
    const found = [];
    for (const part of parts) {
      const start = text.indexOf(part, from);
      if (start < 0) return { text, missing: part };
      from = start + part.length;
      const range = document.createRange();
      range.setStart(...at(start));
      range.setEnd(...at(start + part.length));
      const box = range.getBoundingClientRect();
      const tops = [...new Set([...range.getClientRects()].map((r) => Math.round(r.top)))];
      found.push({ part, x: box.left + box.width / 2, top: tops[0], lines: tops.length });
    }
    return { text, found };
  }, parts);
}

/** Each part is read after the one before: in Uyghur, drawn to its left on the same line, or on a later line. */
function assertReadsRightToLeft(result, where) {
  assert.ok(!result.missing, `${where}: ${JSON.stringify(result.missing)} is not in ${JSON.stringify(result.text)}`);
  const parts = result.found;
  for (let i = 1; i < parts.length; i++) {
    const [a, b] = [parts[i - 1], parts[i]];
    const sameLine = Math.abs(a.top - b.top) < 4;
    assert.ok(sameLine ? a.x > b.x : b.top > a.top,
      `${where}: ${a.part} is read before ${b.part}, so it is drawn to its right (x ${a.x.toFixed(0)} and ${b.x.toFixed(0)}) or on an earlier line (top ${a.top} and ${b.top}): ${JSON.stringify(result.text)}`);
  }
}

/** A time range is on one line: its start and end on the same line, neither split. */
function assertOneLine(result, start, end, where) {
  const [a, b] = [result.found.find((p) => p.part === start), result.found.find((p) => p.part === end)];
  assert.ok(a.lines === 1 && b.lines === 1 && Math.abs(a.top - b.top) < 4, `${where}: ${start}–${end} is broken over two lines: ${JSON.stringify(result.found)}`);
}

test('ug reads booked dates and times right to left at 320 px: day, month, weekday, then the start and the end, on the slot picker, the check page, the ticket, My appointments and the reschedule check', async () => {
  const page = await e2e.newPage({ locale: 'ug', width: 320, height: 740 });
  await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${item.code}/book?lang=ug`);
  const firstDay = page.locator('.day-choice:not([disabled])').first();
  await firstDay.waitFor(TIMEOUT);
  const dayDate = await firstDay.getAttribute('data-date');
  const dayNames = ugNames(dayDate);
  assertReadsRightToLeft(await drawn(firstDay.locator('strong'), [dayNames.day, dayNames.month, dayNames.weekday]), 'the list of days');
  await firstDay.click();
  const firstTime = page.locator('.time-choice:not([disabled])').first();
  await firstTime.waitFor(TIMEOUT);
  const slot = (await freeSlots()).find((s) => s.date === dayDate);
  const times = await drawn(firstTime.locator('strong'), [slot.start, slot.end]);
  assertReadsRightToLeft(times, 'a time of the day');
  assertOneLine(times, slot.start, slot.end, 'a time of the day');

  const { date, start, end } = await fillBooking(page, 'ug');
  const names = ugNames(date);
  const checkRow = page.locator('.check-answers .answer dd > span', { hasText: start });
  assertReadsRightToLeft(await drawn(checkRow, [names.day, names.month, names.weekday, start]), 'the check page');

  await confirmBooking(page);
  const ticket = await drawn(page.locator('.confirmation .ticket .when'), [names.day, names.month, names.weekday, start, end]);
  assertReadsRightToLeft(ticket, 'the ticket');
  assertOneLine(ticket, start, end, 'the ticket');
  // Long Uyghur labels wrap inside the ticket; nothing sticks out of a 320 px page.
  await page.locator('.confirmation .ticket .windows-line').waitFor(TIMEOUT);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, 'the ticket fits the page');

  await page.goto(`${e2e.server.url}/appointments?lang=ug`);
  const card = page.locator('.managed-appointment').first();
  const listed = await drawn(card.locator('.ticket .when'), [names.day, names.month, names.weekday, start, end]);
  assertReadsRightToLeft(listed, 'My appointments');
  assertOneLine(listed, start, end, 'My appointments');
  await card.locator('.windows-line').waitFor(TIMEOUT);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, 'My appointments fits the page');

  // Moving it to another day's last time: the check shows the current and the new time.
  await card.getByRole('button', { name: message('ug', 'appointment-reschedule'), exact: true }).click();
  const otherDay = card.locator('.day-choice:not([disabled])').nth(1);
  await otherDay.waitFor(TIMEOUT);
  const newDate = await otherDay.getAttribute('data-date');
  await otherDay.click();
  const lastTime = card.locator('.time-choice:not([disabled])').last();
  await lastTime.waitFor(TIMEOUT);
  const newSlot = (await freeSlots()).filter((s) => s.date === newDate).at(-1);
  assert.equal(await lastTime.getAttribute('data-start'), newSlot.start);
  await lastTime.click();
  const newNames = ugNames(newDate);
  const check = card.locator('.reschedule-check');
  await check.waitFor(TIMEOUT);
  const oldShown = await drawn(check.locator('.answer .when').nth(0), [names.day, names.month, names.weekday, start, end]);
  assertReadsRightToLeft(oldShown, 'the reschedule check, current time');
  const newShown = await drawn(check.locator('.answer .when').nth(1), [newNames.day, newNames.month, newNames.weekday, newSlot.start, newSlot.end]);
  assertReadsRightToLeft(newShown, 'the reschedule check, new time');
  assertOneLine(newShown, newSlot.start, newSlot.end, 'the reschedule check, new time');

  // Moved: the sentences that carry the released and the new time read in order too.
  await check.locator('.step-actions .button').first().click();
  const rescheduled = card.locator('.rescheduled');
  await rescheduled.waitFor(TIMEOUT);
  assertReadsRightToLeft(await drawn(rescheduled.locator('p').nth(0), [names.day, names.month, names.weekday, start, end]), 'the released time');
  assertReadsRightToLeft(await drawn(rescheduled.locator('p').nth(1), [newNames.day, newNames.month, newNames.weekday, newSlot.start, newSlot.end]), 'the new time');
  await page.context().close();
});

test('no time range breaks over two lines at 320 px in large text, in every language', async () => {
  const [slot] = await freeSlots();
  const booking = await bookByApi(slot.date, slot.start);
  for (const lang of ['zh-CN', 'en', 'es', 'ug']) {
    const page = await e2e.newPage({ locale: lang, width: 320, height: 640 });
    await page.goto(`${e2e.server.url}/no-such-page`);
    await page.evaluate(() => localStorage.setItem('hall-guide.text-size', 'large'));
    await page.goto(`${e2e.server.url}/appointments/${booking.appointment.reference}?lang=${lang}#${booking.manage_token}`);
    const shown = await drawn(page.locator('.ticket .when'), [slot.start, slot.end]);
    assertOneLine(shown, slot.start, slot.end, `the ticket in ${lang}`);
    await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${item.code}/book?lang=${lang}`);
    await page.locator(`.day-choice[data-date="${slot.date}"]`).click();
    for (const time of await page.locator('.time-choice strong').all()) {
      const text = await time.innerText();
      const [start, end] = text.split(/[–\u2060\u2066-\u2069\s]+/u).filter(Boolean).slice(0, 2);
      assertOneLine(await drawn(time, [start, end]), start, end, `the slot ${text} in ${lang}`);
    }
    await page.context().close();
  }
});

test('the ticket names the windows, says what to bring with the citizen’s answers and how arrival works, and copies the full manage link', async () => {
  const page = await e2e.newPage({ width: 320, height: 640 });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.server.url });
  // The citizen answered the item's first question on its guide before booking.
  const question = guide.questions[0];
  const answers = `${question.id}.${question.options[0].id}`;
  await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${item.code}?a=${answers}`);
  await page.waitForFunction((code) => localStorage.getItem(`hall-guide.checklist.${code}`), item.code, TIMEOUT);
  await fillBooking(page, 'zh-CN');
  await confirmBooking(page);
  const ticket = page.locator('.confirmation .ticket');

  // The windows serving the item, as the item's guide names them.
  const windows = ticket.locator('.windows-line');
  await windows.waitFor(TIMEOUT);
  for (const w of guide.windows) await windows.getByText(w.number, { exact: true }).waitFor(TIMEOUT);
  assert.match(await windows.innerText(), /^办理窗口：/);
  // The arrival rules, and what to bring: the checklist with the answers given.
  const arrival = ticket.locator('.arrival');
  await arrival.getByRole('heading', { name: '到达须知' }).waitFor(TIMEOUT);
  assert.equal(await arrival.locator('li').count(), 4);
  await arrival.getByText('迟到超过 15 分钟').waitFor(TIMEOUT);
  const checklist = arrival.getByRole('link', { name: '查看我的材料清单' });
  assert.equal(await checklist.getAttribute('href'), `/halls/${hall.code}/items/${item.code}?a=${answers}`);

  // The manage link in full, wrapped rather than cut off, and copied with one tap.
  const url = page.locator('.manage-link .manage-url');
  const link = (await url.innerText()).trim();
  assert.match(link, new RegExp(`^${e2e.server.url}/appointments/[0-9A-Z]{8}#[0-9a-f]{32}$`));
  const fits = await url.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, right: el.getBoundingClientRect().right, width: innerWidth }));
  assert.ok(fits.scroll <= fits.client && fits.right <= fits.width, `the link is fully visible at 320 px: ${JSON.stringify(fits)}`);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, 'nothing sticks out of the page');
  await page.getByRole('button', { name: '复制链接' }).click();
  await page.locator('.manage-link [role=status]').getByText('管理链接已复制。').waitFor(TIMEOUT);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

  // On another phone the booking knows no answers: the link leads to the guide, which asks.
  const other = await e2e.newPage();
  await other.goto(link);
  const elsewhere = other.locator('.ticket .arrival').getByRole('link', { name: '查看需要带哪些材料' });
  await elsewhere.waitFor(TIMEOUT);
  assert.equal(await elsewhere.getAttribute('href'), `/halls/${hall.code}/items/${item.code}`);
  await other.context().close();
  await page.context().close();
});

test('without the clipboard API the copy button still copies the manage link, or leaves it selected to copy by hand', async () => {
  const page = await e2e.newPage();
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await fillBooking(page, 'zh-CN');
  await confirmBooking(page);
  const link = (await page.locator('.manage-url').innerText()).trim();
  await page.getByRole('button', { name: '复制链接' }).click();
  const status = page.locator('.manage-link [role=status]');
  await status.filter({ hasText: /./ }).waitFor(TIMEOUT);
  assert.ok(['管理链接已复制。', '无法自动复制：链接已选中，请长按后选择“复制”。'].includes((await status.innerText()).trim()));
  assert.equal((await page.evaluate(() => getSelection().toString())).trim(), link, 'the link is selected');
  await page.context().close();
});

test('My appointments shows one flat card per appointment, booked or cancelled; a cancelled one offers to book again', async () => {
  const slots = await freeSlots();
  const first = slots[0];
  const second = slots.find((s) => s.date !== first.date);
  const booked = await bookByApi(first.date, first.start);
  const cancelled = await bookByApi(second.date, second.start);
  const gone = await fetch(`${e2e.server.url}/api/v1/appointments/${cancelled.appointment.reference}`, {
    method: 'DELETE', headers: { authorization: `Bearer ${cancelled.manage_token}` },
  });
  assert.equal(gone.status, 200, await gone.text());
  const page = await e2e.newPage();
  for (const b of [cancelled, booked]) {
    await page.goto(`${e2e.server.url}/appointments/${b.appointment.reference}#${b.manage_token}`);
    await page.locator(`[data-reference="${b.appointment.reference}"]`).waitFor(TIMEOUT);
  }
  await page.goto(`${e2e.server.url}/appointments`);
  const cards = page.locator('.managed-appointment');
  await cards.nth(1).locator('.ticket').waitFor(TIMEOUT);
  assert.equal(await cards.count(), 2);
  await page.locator('.managed-appointment .windows-line').first().waitFor(TIMEOUT);
  for (const card of await cards.all()) {
    // The card is the one box: nothing inside draws a border all round (a card in a card).
    const boxes = await card.evaluate((article) => {
      const style = getComputedStyle(article);
      const boxed = (s) => ['Top', 'Right', 'Bottom', 'Left'].every((side) => parseFloat(s[`border${side}Width`]) > 0 && s[`border${side}Style`] !== 'none');
      return {
        card: boxed(style),
        inside: [...article.querySelectorAll('*')].filter((el) => !el.closest('button, a, input, svg') && boxed(getComputedStyle(el))).map((el) => el.className || el.tagName),
      };
    });
    assert.ok(boxes.card, 'the appointment is a card');
    assert.deepEqual(boxes.inside, [], 'with no box nested in it');
  }
  const bookedCard = cards.filter({ has: page.locator(`[data-reference="${booked.appointment.reference}"]`) });
  const when = await drawn(bookedCard.locator('.ticket .when'), [first.start, first.end]);
  assertOneLine(when, first.start, first.end, 'the booked card');
  assert.equal(await bookedCard.getByRole('link', { name: '重新预约这个事项' }).count(), 0, 'a booked appointment is not booked again');
  const cancelledCard = cards.filter({ has: page.locator(`[data-reference="${cancelled.appointment.reference}"]`) });
  await cancelledCard.getByText('已取消').waitFor(TIMEOUT);
  assert.equal(await cancelledCard.locator('.arrival').count(), 0, 'no arrival rules for a cancelled booking');
  const again = cancelledCard.getByRole('link', { name: '重新预约这个事项' });
  assert.equal(await again.getAttribute('href'), `/halls/${hall.code}/items/${item.code}/book`);
  await again.click();
  await page.locator('.day-choice').first().waitFor(TIMEOUT);
  assert.equal(new URL(page.url()).pathname, `/halls/${hall.code}/items/${item.code}/book`);
  // The mobile and ID numbers never reach the address bar or the device's storage.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  for (const b of [booked, cancelled]) {
    for (const number of [b.mobile, b.id]) assert.ok(!stored.includes(number) && !page.url().includes(number), `${number} is kept nowhere`);
  }
  await page.context().close();
});
