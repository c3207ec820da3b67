// Temporary: screenshots of the pages changed this session (not committed).
import { Server, launchBrowser, newPage } from './harness.mjs';
let server;
const browser = await launchBrowser();
const out = new URL('./output/', import.meta.url).pathname;
try {
  for (const lang of ['zh-CN', 'ug', 'en']) {
    for (const [w, h, size] of [[360, 740, 'phone'], [1280, 900, 'desktop']]) {
      server = await Server.start();
      const page = await newPage(browser, { width: w, height: h, serviceWorkers: 'block' });
      await page.route('**/api/v1/halls/*/slots*', async (route) => {
        const response = await route.fetch();
        const json = await response.json();
        json.days.slice(-4).forEach((d) => { d.open = false; d.unpublished = true; d.slots = []; d.holiday = false; d.date = d.date.replace(/^2026-12/, '2027-01'); });
        await route.fulfill({ response, json });
      });
      await page.goto(`${server.url}/halls/330106-01/items/101100000001/book?lang=${lang}`);
      await page.locator('.day-list').waitFor({ timeout: 15000 });
      await page.screenshot({ path: `${out}book-unpublished-${lang}-${size}.png`, fullPage: true });
      await page.goto(`${server.url}/track?lang=${lang}`);
      const inputs = page.locator('.details-form input');
      await inputs.first().waitFor({ timeout: 15000 });
      for (let i = 0; i < 4; i++) {
        await inputs.nth(0).fill('DEMO-03');
        await inputs.nth(1).fill(`100${i}`);
        await page.locator('.details-form button[type=submit]').click();
        await page.locator('.load-error').waitFor({ timeout: 15000 });
        await page.waitForTimeout(300);
      }
      await page.locator('.attempts-warning').waitFor({ timeout: 15000 });
      await page.screenshot({ path: `${out}track-warning-${lang}-${size}.png`, fullPage: true });
      await page.close();
      await server.stop();
    }
  }
} finally {
  await browser.close();
}
