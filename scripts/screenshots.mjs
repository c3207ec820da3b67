// Screenshots of every page at narrow (320×640), phone (360×740) and desktop (1280×900) width, in every
// language, for looking at what was built. Needs a release build and the server binary
// (scripts/test.sh makes both) and, for the glyphs, Debian's fonts-noto-cjk and fonts-ukij-uyghur.
// Usage: node scripts/screenshots.mjs [output-dir]   (default tests/e2e/output)
// SHOT_LANGS=zh-CN,ug, SHOT_SIZES=phone,desktop and SHOT_PAGES=home,hall narrow it down;
// SHOT_LARGE=1 shows the large-text mode (files end in -large).

import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Server, launchBrowser, residentId } from '../tests/e2e/harness.mjs';

const out = resolve(process.argv[2] ?? join(import.meta.dirname, '../tests/e2e/output'));
mkdirSync(out, { recursive: true });
const server = await Server.start();
const browser = await launchBrowser();
try {
  const halls = await (await fetch(`${server.url}/api/v1/halls?level=county&limit=1`)).json();
  const hall = halls.halls[0].code;
  const items = await (await fetch(`${server.url}/api/v1/halls/${hall}/items`)).json();
  const item = items.items.find((i) => i.code === '101100000001') ?? items.items[0];
  const guide = await (await fetch(`${server.url}/api/v1/halls/${hall}/items/${item.code}`)).json();
  // Every question answered with its last option ("through an agent", "yes"…).
  const answered = guide.questions.map((q) => `${q.id}.${q.options.find((o) => o.id === 'agent')?.id ?? q.options[0].id}`).join('_');
  const tickAll = async (page) => {
    for (const box of await page.locator('.material-group-to-bring input[type=checkbox]').all()) await box.check();
    await page.locator('.ready').waitFor({ timeout: 15_000 });
  };
  // Appointments for the ticket pages, booked through the API by a new person each time
  // (one booking per person and day, three at most), one of them cancelled if asked.
  let person = 0;
  const bookByApi = async ({ cancel = false } = {}) => {
    const slots = (await (await fetch(`${server.url}/api/v1/halls/${hall}/slots?item=${item.code}`)).json()).days
      .flatMap((d) => d.slots.filter((s) => s.remaining > 0).map((s) => ({ date: d.date, start: s.start })));
    person += 1;
    const { date, start } = slots[(person * 7) % slots.length];
    const body = { hall_code: hall, item_code: item.code, date, start, name: '王小明', mobile: `1380000${1000 + person}`, resident_id: residentId(`33010619900101${100 + person}`) };
    const response = await fetch(`${server.url}/api/v1/appointments`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': `screenshot-${person}` }, body: JSON.stringify(body) });
    const booking = await response.json();
    if (cancel) await fetch(`${server.url}/api/v1/appointments/${booking.appointment.reference}`, { method: 'DELETE', headers: { authorization: `Bearer ${booking.manage_token}` } });
    return booking;
  };
  // Opens each booking's manage link (this device remembers it), then My appointments.
  const myAppointments = async (page, bookings) => {
    for (const b of bookings) {
      await page.goto(`${server.url}/appointments/${b.appointment.reference}#${b.manage_token}`);
      await page.locator('.ticket').first().waitFor({ timeout: 15_000 });
    }
    await page.goto(`${server.url}/appointments`);
    await page.locator('.managed-appointment .ticket').nth(bookings.length - 1).waitFor({ timeout: 15_000 });
    await page.locator('.managed-appointment .windows-line').first().waitFor({ timeout: 15_000 }).catch(() => {});
  };
  // The booking form filled in for someone else with a Hong Kong and Macao travel permit.
  const fillForSomeoneElse = async (page) => {
    await page.locator('.day-choice:not([disabled])').first().click();
    await page.locator('.time-choice:not([disabled])').first().click();
    await page.locator('#on_behalf_other').check();
    await page.locator('#name').fill('陈大文');
    await page.locator('#document_type').selectOption('hk_macau_permit');
    await page.locator('#document_number').fill('H12345678');
    await page.locator('#agent_name').fill('王小明');
    await page.locator('#mobile').fill('13900001111');
  };
  const pages = {
    home: '/',
    search: '/?q=%E8%A5%BF%E6%B9%96',
    region: '/regions/330100',
    hall: `/halls/${hall}`,
    'hall-filtered': `/halls/${hall}?q=%E8%AF%81&online=1`,
    item: `/halls/${hall}/items/${item.code}`,
    'item-answered': `/halls/${hall}/items/${item.code}?a=${answered}`,
    'item-ready': [`/halls/${hall}/items/${item.code}?a=${answered}`, tickAll],
    'item-print': [`/halls/${hall}/items/${item.code}?a=${answered}`, (page) => page.emulateMedia({ media: 'print' })],
    // Every folded section of the guide opened, as a reader taps through them.
    'item-open': [`/halls/${hall}/items/${item.code}?a=${answered}`, async (page) => {
      await page.locator('details.contacts-section').waitFor({ timeout: 15_000 });
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    }],
    book: `/halls/${hall}/items/${item.code}/book`,
    track: '/track',
    compose: [`/staff/reply`, async (page) => {
      await page.locator('#compose-hall').fill('西湖');
      await page.locator('.hall-choices button').first().click();
      await page.locator('#compose-item').selectOption(item.code);
      await page.locator('.compose-situation select').first().waitFor({ timeout: 15_000 });
      await page.locator('.compose-situation select').first().selectOption({ index: 1 });
      await page.locator('.compose-situation + p .button').click();
      await page.locator('.compose-output').waitFor({ timeout: 15_000 });
    }],
    appointments: '/appointments',
    // The confirmation: through the booking form (fields by id, buttons by place).
    confirmation: [`/halls/${hall}/items/${item.code}/book`, async (page) => {
      await page.locator('.day-choice:not([disabled])').first().click();
      await page.locator('.time-choice:not([disabled])').first().click();
      person += 1;
      await page.locator('#name').fill('王小明');
      await page.locator('#mobile').fill(`1390000${1000 + person}`);
      await page.locator('#document_number, #resident_id').fill(residentId(`44010619900201${100 + person}`));
      await page.locator('.details-form button[type=submit]').click();
      await page.locator('.check-answers .step-actions .button').first().click();
      await page.locator('.confirmation .ticket .windows-line').waitFor({ timeout: 15_000 }).catch(() => {});
    }],
    // Booking for someone else (issue 19.5): the form with both parts, then its check page.
    'book-other': [`/halls/${hall}/items/${item.code}/book`, (page) => fillForSomeoneElse(page)],
    'book-other-check': [`/halls/${hall}/items/${item.code}/book`, async (page) => {
      await fillForSomeoneElse(page);
      await page.locator('.details-form button[type=submit]').click();
      await page.locator('.check-answers').waitFor({ timeout: 15_000 });
    }],
    'appointments-list': ['/appointments', async (page) => myAppointments(page, [await bookByApi({ cancel: true }), await bookByApi()])],
    'reschedule-check': ['/appointments', async (page) => {
      await myAppointments(page, [await bookByApi()]);
      await page.locator('.managed-appointment .checklist-actions button').first().click();
      await page.locator('.managed-appointment .day-choice:not([disabled])').nth(1).click();
      await page.locator('.managed-appointment .time-choice:not([disabled])').last().click();
      await page.locator('.reschedule-check').waitFor({ timeout: 15_000 });
    }],
    'not-found': '/no/such/page',
  };
  const langs = (process.env.SHOT_LANGS ?? 'zh-CN,en,es,ug').split(',');
  const sizes = (process.env.SHOT_SIZES ?? 'narrow,phone,desktop').split(',');
  for (const lang of langs) {
    for (const [label, width, height] of [['narrow', 320, 640], ['phone', 360, 740], ['desktop', 1280, 900]].filter(([l]) => sizes.includes(l))) {
      const context = await browser.newContext({ locale: lang, viewport: { width, height } });
      const page = await context.newPage();
      const only = process.env.SHOT_PAGES?.split(',');
      const large = process.env.SHOT_LARGE === '1';
      for (const [name, entry] of Object.entries(pages).filter(([n]) => !only || only.includes(n))) {
        const [path, prepare] = Array.isArray(entry) ? entry : [entry];
        await page.emulateMedia({ media: 'screen' });
        await page.evaluate(() => localStorage.clear()).catch(() => {});
        if (large) {
          await page.goto(server.url + '/no-such-page');
          await page.evaluate(() => localStorage.setItem('hall-guide.text-size', 'large'));
        }
        await page.goto(server.url + path);
        await page.locator('main h1').first().waitFor({ timeout: 15_000 });
        await page.waitForLoadState('networkidle');
        if (prepare) await prepare(page);
        await page.screenshot({ path: join(out, `${name}-${lang}-${label}${large ? '-large' : ''}.png`), fullPage: true });
      }
      await context.close();
    }
  }
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await server.stop();
}
