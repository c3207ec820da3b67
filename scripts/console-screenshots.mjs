// Screenshots of the staff console's views (sign-in, check-in card, day list,
// applications) at desktop (1280), tablet (768) and phone (360) width, in zh-CN and en.
// Needs the release builds and the server binary (scripts/test.sh makes them).
// Usage: node scripts/console-screenshots.mjs [output-dir]   (default tests/e2e/output)

import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Server, launchBrowser, newPage, residentId, serverBin } from '../tests/e2e/harness.mjs';

const out = resolve(process.argv[2] ?? join(import.meta.dirname, '../tests/e2e/output'));
mkdirSync(out, { recursive: true });
const server = await Server.start();
const browser = await launchBrowser();
try {
  const hall = '330102-01';
  const item = '101100000001';
  const slots = await (await fetch(`${server.url}/api/v1/halls/${hall}/slots?item=${item}`)).json();
  const day = slots.days.find((d) => d.slots.length > 0);
  const references = [];
  for (let n = 0; n < 6; n++) {
    const booked = await fetch(`${server.url}/api/v1/appointments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `console-shots-${n}` },
      body: JSON.stringify({ hall_code: hall, item_code: item, date: day.date, start: day.slots[n % 3].start, name: ['王小明', '李四', '张三丰', '赵敏', '周芷若', '陈家洛'][n], mobile: `1391234${5000 + n}`, resident_id: residentId(`1101051980010${2000 + n}`) }),
    });
    const answer = await booked.json();
    if (!answer.appointment) throw new Error(JSON.stringify(answer));
    references.push(answer.appointment.reference);
  }
  const said = execFileSync(serverBin, ['staff', 'add', '--login', 'shots.admin', '--role', 'hall_admin', '--hall', hall, '--data-dir', server.dataDir], { encoding: 'utf8' });
  const once = said.match(/\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b/)[0];
  let password = once;
  for (const lang of ['zh-CN', 'en']) {
    for (const [size, width, height] of [['desktop', 1280, 860], ['tablet', 768, 1024], ['phone', 360, 740]]) {
      const page = await newPage(browser, { locale: lang, width, height });
      // Says what is wider than the screen (nothing should be), for each view.
      const wide = async (view) => {
        const found = await page.evaluate((w) => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > w + 1).map((e) => `${e.tagName.toLowerCase()}.${e.className}`).slice(0, 5), width);
        if (found.length) console.log(`${size} ${lang} ${view}: wider than the screen: ${found.join(', ')}`);
      };
      await page.goto(`${server.url}/console/?hall=${hall}&date=${day.date}`);
      await page.locator('#login').waitFor();
      await page.screenshot({ path: join(out, `console-${size}-login-${lang}.png`) });
      await page.locator('#login').fill('shots.admin');
      await page.locator('#password').fill(password);
      await page.locator('button[type=submit]').click();
      if (password === once) {
        await page.locator('#new-password').fill('a counter phrase');
        await page.locator('#new-password-again').fill('a counter phrase');
        await page.locator('button[type=submit]').click();
        password = 'a counter phrase';
      }
      await page.locator('#reference').fill(references[0]);
      await page.locator('#reference').press('Enter');
      await page.locator('.appointment-card .materials li').first().waitFor();
      await page.screenshot({ path: join(out, `console-${size}-check-in-${lang}.png`), fullPage: true });
      await wide('check-in');
      await page.locator('#tab-day').click();
      await page.locator('.day-table').waitFor();
      await page.screenshot({ path: join(out, `console-${size}-day-${lang}.png`), fullPage: true });
      await wide('day');
      await page.locator('#tab-applications').click();
      await page.locator('.new-application summary').click();
      await page.screenshot({ path: join(out, `console-${size}-applications-${lang}.png`), fullPage: true });
      await wide('applications');
      await page.context().close();
    }
  }
  console.log(`console screenshots in ${out}`);
} finally {
  await browser.close();
  await server.stop();
}
