// Lighthouse (mobile preset: a mid-range phone on slow 4G, simulated) on the home, hall and
// item pages of a release build served by hall-server, in Debian's Chromium. Prints the
// performance score, LCP, CLS and TBT of each page against the product's targets.
// Run through bench/lighthouse.sh, which installs Lighthouse and builds the app.
import { join } from 'node:path';
import { Server } from '../tests/e2e/harness.mjs';

const modules = process.env.LIGHTHOUSE_MODULES;
const { default: lighthouse } = await import(join(modules, 'lighthouse/core/index.js'));
const chromeLauncher = await import(join(modules, 'chrome-launcher/dist/index.js'));

const TARGETS = { score: 95, lcp: 1500, cls: 0.02, tbt: 100 };
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
// "devtools": the browser really is slowed down (Lighthouse's mobile profile: 562 ms round
// trips, 1.4 Mbit/s, CPU ×4), so what paints first is measured. "simulate" (Lighthouse's
// default) loads the page at full speed and estimates; it cannot see a skeleton that only
// paints first on a slow network, and reports the app's own paint as LCP.
const throttlingMethod = process.env.LIGHTHOUSE_THROTTLING ?? 'devtools';
const server = await Server.start();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
let failed = false;
try {
  const json = async (path) => (await fetch(server.url + path)).json();
  const hall = (await json('/api/v1/halls?level=county&limit=1')).halls[0].code;
  const item = (await json(`/api/v1/halls/${hall}/items`)).items[0].code;
  const pages = { home: '/', hall: `/halls/${hall}`, item: `/halls/${hall}/items/${item}` };
  console.log(`Lighthouse mobile preset, ${throttlingMethod} throttling, median of ${runs} runs per page (targets: score ≥${TARGETS.score}, LCP ≤${TARGETS.lcp} ms, CLS ≤${TARGETS.cls}, TBT ≤${TARGETS.tbt} ms)\n`);
  console.log(`${'page'.padEnd(6)} ${'score'.padStart(6)} ${'FCP ms'.padStart(8)} ${'LCP ms'.padStart(8)} ${'CLS'.padStart(7)} ${'TBT ms'.padStart(8)} ${'SI ms'.padStart(8)}  verdict`);
  for (const [name, path] of Object.entries(pages)) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const { lhr } = await lighthouse(server.url + path, { port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error', throttlingMethod });
      const audit = (id) => lhr.audits[id].numericValue;
      results.push({
        score: Math.round(lhr.categories.performance.score * 100),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        cls: audit('cumulative-layout-shift'),
        tbt: audit('total-blocking-time'),
        si: audit('speed-index'),
      });
    }
    const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
    const m = { score: median('score'), fcp: median('fcp'), lcp: median('lcp'), cls: median('cls'), tbt: median('tbt'), si: median('si') };
    const ok = m.score >= TARGETS.score && m.lcp <= TARGETS.lcp && m.cls <= TARGETS.cls && m.tbt <= TARGETS.tbt;
    failed ||= !ok;
    console.log(`${name.padEnd(6)} ${String(m.score).padStart(6)} ${m.fcp.toFixed(0).padStart(8)} ${m.lcp.toFixed(0).padStart(8)} ${m.cls.toFixed(3).padStart(7)} ${m.tbt.toFixed(0).padStart(8)} ${m.si.toFixed(0).padStart(8)}  ${ok ? 'meets targets' : 'MISSES targets'}`);
  }
} finally {
  await chrome.kill();
  await server.stop();
}
process.exitCode = failed ? 1 : 0;
