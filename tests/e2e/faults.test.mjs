// Faults against the real server and its real SQLite files: the process killed (SIGKILL)
// in the middle of a burst of bookings, and stopped (SIGTERM) in the middle of another.
// Every booking a client saw confirmed is there after the restart, a request retried with
// its Idempotency-Key never books twice, and no slot holds more people than it has places.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync, existsSync, readdirSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { bookableHall, dist, launchBrowser, newPage, residentId, useServerAndBrowser } from './harness.mjs';

// A freshly seeded server for each test (no browser): each test kills or stops it.
const e2e = useServerAndBrowser({ browser: false, eachTest: true });

async function json(url, options) {
  const response = await fetch(url, options);
  return { status: response.status, body: await response.json() };
}

/** A hall that takes appointments, an item of it, and every slot of its first two open days. */
async function bookableSlots(server) {
  const { hall, item } = await bookableHall(server);
  const slots = await (await fetch(`${server.url}/api/v1/halls/${hall.code}/slots?item=${item.code}`)).json();
  const days = slots.days.filter((d) => d.open).slice(0, 2);
  const chosen = days.flatMap((d) => d.slots.map((s) => ({ date: d.date, start: s.start, capacity: s.capacity })));
  return { hall, item, slots: chosen };
}

/** Booking request `i` of a burst: its own person, one of the slots, its own key. */
function bookingRequest(server, target, i, run) {
  const slot = target.slots[i % target.slots.length];
  const person = String(i).padStart(3, '0');
  const body = {
    hall_code: target.hall.code,
    item_code: target.item.code,
    date: slot.date,
    start: slot.start,
    name: `测试${i}`,
    mobile: `1380000${String(i).padStart(4, '0')}`,
    resident_id: residentId(`11010519900101${person}`),
  };
  const options = { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': `burst-${run}-${i}` }, body: JSON.stringify(body) };
  return { slot, send: () => json(`${server.url}/api/v1/appointments`, options) };
}

/**
 * Sends `count` bookings, 12 at a time, and calls `interrupt` once `after` of them are
 * confirmed. Returns each request with what its client saw: an answer, or none.
 */
async function burst(server, target, { count, after, interrupt, run }) {
  const requests = Array.from({ length: count }, (_, i) => bookingRequest(server, target, i, run));
  let next = 0;
  let confirmed = 0;
  let interrupted = null;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++];
      try {
        request.answer = await request.send();
        if (request.answer.status === 201 && ++confirmed === after) interrupted = interrupt();
      } catch {
        request.answer = null; // The connection died: the client does not know.
      }
    }
  };
  await Promise.all(Array.from({ length: 12 }, worker));
  await interrupted;
  return requests;
}

/** After a restart: confirmed bookings are there, retries never book twice, no slot is over capacity. */
async function checkAfterRestart(server, target, requests) {
  const confirmed = requests.filter((r) => r.answer?.status === 201);
  const unanswered = requests.filter((r) => !r.answer);
  assert.ok(confirmed.length > 0, 'some bookings were confirmed before the fault');
  assert.ok(requests.every((r) => !r.answer || r.answer.status < 500), 'no request answered with a server error');

  for (const request of confirmed) {
    const { reference } = request.answer.body.appointment;
    const seen = await json(`${server.url}/api/v1/appointments/${reference}`, { headers: { authorization: `Bearer ${request.answer.body.manage_token}` } });
    assert.equal(seen.status, 200, `confirmed booking ${reference} is still there`);
    assert.equal(seen.body.status, 'booked');
    // The client retries anyway (it never saw an answer, say): the same booking comes back.
    const again = await request.send();
    assert.equal(again.status, 201);
    assert.equal(again.body.appointment.reference, reference, 'a retry with the same key does not book again');
  }
  // Requests that got no answer are retried with the same key: each is then either
  // booked (perhaps it had been before the fault) or refused for a full slot.
  for (const request of unanswered) {
    request.answer = await request.send();
    assert.ok([201, 409].includes(request.answer.status), `retry answered ${request.answer.status}: ${JSON.stringify(request.answer.body)}`);
  }

  // Now every booking in the database is known to a client; each slot holds exactly those.
  const slots = await (await fetch(`${server.url}/api/v1/halls/${target.hall.code}/slots?item=${target.item.code}`)).json();
  for (const slot of target.slots) {
    const references = new Set(requests.filter((r) => r.slot === slot && r.answer.status === 201).map((r) => r.answer.body.appointment.reference));
    assert.ok(references.size <= slot.capacity, `${slot.date} ${slot.start}: ${references.size} bookings for ${slot.capacity} places`);
    const now = slots.days.find((d) => d.date === slot.date).slots.find((s) => s.start === slot.start);
    assert.equal(now.remaining, slot.capacity - references.size, `${slot.date} ${slot.start}: places left match the bookings clients hold`);
  }
  return { confirmed: confirmed.length, unanswered: unanswered.length };
}

test('killed in the middle of a burst of bookings, the server loses none it confirmed', { timeout: 120_000 }, async () => {
  const { server } = e2e;
  const target = await bookableSlots(server);
  const places = target.slots.reduce((n, s) => n + s.capacity, 0);
  const requests = await burst(server, target, { count: places + 40, after: 15, interrupt: () => server.pause('SIGKILL'), run: 'kill' });
  await server.resume();
  const { confirmed, unanswered } = await checkAfterRestart(server, target, requests);
  assert.ok(unanswered > 0, `the kill interrupted the burst (${confirmed} confirmed first)`);
});

test('stopped (SIGTERM) during a burst, the server finishes, checkpoints SQLite and exits cleanly', { timeout: 120_000 }, async () => {
  const { server } = e2e;
  const target = await bookableSlots(server);
  let exit;
  const requests = await burst(server, target, {
    count: 60,
    after: 10,
    interrupt: async () => {
      exit = await server.pause('SIGTERM');
    },
    run: 'term',
  });
  assert.deepEqual(exit, { code: 0, signal: null }, 'a clean exit');
  if (!server.databaseUrl) {
    const wal = join(server.dataDir, 'bookings.sqlite3-wal');
    assert.ok(!existsSync(wal) || statSync(wal).size === 0, 'the write-ahead log was folded into the database');
  }
  await server.resume();
  await checkAfterRestart(server, target, requests);
});

test('a request in flight when the server is told to stop still gets its answer', { timeout: 60_000 }, async () => {
  const { server } = e2e;
  const target = await bookableSlots(server);
  const slot = target.slots[0];
  const body = JSON.stringify({
    hall_code: target.hall.code, item_code: target.item.code, date: slot.date, start: slot.start,
    name: '孙八', mobile: '13500006666', resident_id: residentId('11010519880808001'),
  });
  // The body arrives slowly: the server is stopped after it has started reading.
  const answer = new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', 'idempotency-key': 'in-flight-booking', 'content-length': Buffer.byteLength(body) };
    const request = http.request(`${server.url}/api/v1/appointments`, { method: 'POST', headers }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode, body: JSON.parse(text) }));
    });
    request.on('error', reject);
    request.write(body.slice(0, 20));
    setTimeout(() => request.end(body.slice(20)), 1_500);
  });
  await new Promise((r) => setTimeout(r, 300));
  const stopped = server.pause('SIGTERM');
  const { status, body: booking } = await answer;
  assert.equal(status, 201, 'the booking in flight is confirmed');
  assert.deepEqual(await stopped, { code: 0, signal: null }, 'then the server exits cleanly');
  await server.resume();
  const seen = await json(`${server.url}/api/v1/appointments/${booking.appointment.reference}`, { headers: { authorization: `Bearer ${booking.manage_token}` } });
  assert.equal(seen.status, 200, 'and the booking is there after a restart');
});

// The citizen's side of an outage: the app is open when the server goes down. The page
// says the service is not answering and what to do (not "check your network"), apart
// from being offline, under a title naming the page that failed, at the top of the page.
test('with the server down the guide says the service is not answering, unlike offline, under a title at the top', { timeout: 90_000 }, async () => {
  const { server } = e2e;
  const browser = await launchBrowser();
  try {
    // No service worker: every page after the first comes from the app, not a cache.
    const page = await newPage(browser, { serviceWorkers: 'block' });
    await page.goto(`${server.url}/halls/330106-01`);
    const cards = page.locator('.item-list .card-link');
    await cards.first().waitFor({ timeout: 15_000 });
    // Far down the hall's list, as a citizen would be when choosing an item.
    const last = cards.last();
    await last.scrollIntoViewIfNeeded();
    assert.ok(await page.evaluate(() => window.scrollY) > 300, 'scrolled down the list');
    await server.pause('SIGKILL');
    await last.click();

    const title = page.getByRole('heading', { level: 1, name: '没能打开这个事项的办事指南' });
    await title.waitFor({ timeout: 20_000 });
    const alert = page.getByRole('alert');
    const said = await alert.innerText();
    assert.match(said, /服务暂时没有响应/);
    assert.match(said, /12345/, 'says whom to call');
    assert.doesNotMatch(said, /请检查网络/, 'does not blame the citizen\'s network');
    assert.ok(await alert.getByRole('button', { name: '重试' }).isVisible(), 'offers to try again');
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page opens at its top');
    const box = await title.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 740, `the title is on the first screen (${box.y})`);
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'the focus is on the title');
    assert.match(await page.title(), /^没能打开这个事项的办事指南 – /, 'the tab says which page failed');

    // Offline is another message: the device, not the service.
    await page.context().setOffline(true);
    await alert.getByRole('button', { name: '重试' }).click();
    await alert.getByText('您的设备目前没有联网').waitFor({ timeout: 20_000 });
    assert.doesNotMatch(await alert.innerText(), /服务暂时没有响应/);

    // Back online and the server up again: trying again opens the guide.
    await page.context().setOffline(false);
    await server.resume();
    await alert.getByRole('button', { name: '重试' }).click();
    await page.locator('.material').first().waitFor({ timeout: 20_000 });
    await page.context().close();
  } finally {
    await browser.close();
  }
});

test('with the server down a region page and a booking page each say which page could not be opened, at the top', { timeout: 90_000 }, async () => {
  const { server } = e2e;
  const browser = await launchBrowser();
  try {
    const page = await newPage(browser, { serviceWorkers: 'block' });
    await page.goto(`${server.url}/regions/330000`);
    await page.getByRole('heading', { level: 1, name: '浙江省' }).waitFor({ timeout: 15_000 });
    const item = (await (await fetch(`${server.url}/api/v1/halls/330106-01/items`)).json()).items[0].code;
    await server.pause('SIGKILL');
    try {
      for (const [path, title] of [['/regions/330100', '没能打开这个地区的页面'], [`/halls/330106-01/items/${item}/book`, '没能打开这个事项的预约页面']]) {
        await page.evaluate((to) => {
          history.pushState(null, '', to);
          dispatchEvent(new PopStateEvent('popstate'));
        }, path);
        const heading = page.getByRole('heading', { level: 1, name: title });
        await heading.waitFor({ timeout: 20_000 });
        assert.match(await page.getByRole('alert').innerText(), /服务暂时没有响应/, path);
        assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', `${path}: the focus is on the title`);
        assert.ok((await page.title()).startsWith(`${title} – `), `${path}: the tab says which page failed: ${await page.title()}`);
      }
    } finally {
      await server.resume();
    }
    await page.context().close();
  } finally {
    await browser.close();
  }
});

// Release builds fetch the pages of src/pages/later.rs (booking, my appointments, tracking,
// the composer) when first shown. The first page fetches none of them; a page whose code
// cannot be fetched says which page and why, at the top, and "try again" opens it.
test('a page loaded later is not fetched by the first page, and if its code cannot be fetched the app says so and trying again opens it', { timeout: 90_000 }, async (t) => {
  if (!readdirSync(dist).some((f) => /^wasm-split-[0-9a-f]+\.js$/.test(f))) {
    t.skip(`${dist} is not a split build (HALL_SPLIT_WASM=0)`);
    return;
  }
  const { server } = e2e;
  const browser = await launchBrowser();
  try {
    const page = await newPage(browser, { serviceWorkers: 'block' });
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const later = /^\/hall-guide-(?:book-page|appointments-page|track-page|compose-page|chunk-\d+)-[0-9a-f]+\.wasm$/;
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: '查进度' }).waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    assert.deepEqual(fetched.filter((p) => later.test(p)), [], 'the home page fetches no page loaded later');

    // The tracking page's own file does not arrive (the network in between drops it).
    await page.route(/\/hall-guide-track-page-[0-9a-f]+\.wasm$/, (route) => route.abort('connectionreset'));
    await page.getByRole('link', { name: '查进度' }).click();
    const title = page.getByRole('heading', { level: 1, name: '没能打开办件进度查询页面' });
    await title.waitFor({ timeout: 20_000 });
    const alert = page.getByRole('alert');
    assert.match(await alert.innerText(), /服务暂时没有响应/);
    assert.match(await page.title(), /^没能打开办件进度查询页面 – /, 'the tab says which page failed');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'the focus is on the title');

    await page.unroute(/\/hall-guide-track-page-[0-9a-f]+\.wasm$/);
    await alert.getByRole('button', { name: '重试' }).click();
    await page.getByRole('heading', { level: 1, name: '办件进度查询' }).waitFor({ timeout: 20_000 });
    await page.getByLabel('办件编号').fill('DEMO-04');
    assert.ok(fetched.some((p) => /^\/hall-guide-track-page-/.test(p)), 'the tracking page came as its own file');
    assert.ok(!fetched.some((p) => /^\/hall-guide-book-page-/.test(p)), 'and the booking page was not fetched with it');
    await page.context().close();
  } finally {
    await browser.close();
  }
});
