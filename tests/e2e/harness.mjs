// Shared by the end-to-end tests: start the real hall-server on a freshly seeded demo
// database (a real SQLite file) serving the real release build of the app, and a real
// headless Chromium (Debian's) driven by playwright-core.

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { before, after, beforeEach, afterEach } from 'node:test';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
export const serverBin = process.env.HALL_SERVER_BIN ?? join(root, 'target/server/hall-server');
export const dist = process.env.HALL_DIST ?? join(root, 'dist');
/** The staff console's build (scripts/setup.sh, build_console), served at /console/ when there. */
export const consoleDist = process.env.HALL_CONSOLE_DIST ?? join(root, 'console/dist');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

let databases = 0;

/** A seeded server that can be stopped and started again on the same port and data. */
export class Server {
  /** `extraArgs`: more `hall-server serve` flags, e.g. `['--frame-ancestors', origin]`;
   * `distDir`: the built app to serve (a copy, for a test that deploys a new version);
   * `seedArgs`: more `hall-server seed` flags (`['--national']` for the census-scale data). */
  static async start(extraArgs = [], { distDir = dist, seedArgs = [] } = {}) {
    for (const [what, path] of [['hall-server', serverBin], ['the built app', join(distDir, 'index.html')]]) {
      if (!existsSync(path)) throw new Error(`${what} not found at ${path}: run scripts/test.sh`);
    }
    const server = new Server();
    server.extraArgs = extraArgs;
    server.distDir = distDir;
    server.dataDir = mkdtempSync(join(tmpdir(), 'hall-guide-e2e-'));
    // HALL_E2E_POSTGRES_URL (scripts/test.sh sets it for a second pass): each server gets
    // a fresh database on that PostgreSQL server instead of the SQLite files.
    const postgres = process.env.HALL_E2E_POSTGRES_URL;
    if (postgres) {
      const name = `e2e_${process.pid}_${++databases}`;
      execFileSync('psql', [postgres, '-qc', `CREATE DATABASE ${name}`], { stdio: 'pipe' });
      server.databaseUrl = postgres.replace(/\/[^/]*$/, `/${name}`);
      execFileSync(serverBin, ['seed', '--database-url', server.databaseUrl, ...seedArgs], { stdio: 'pipe' });
    } else {
      execFileSync(serverBin, ['seed', '--data-dir', server.dataDir, ...seedArgs], { stdio: 'pipe' });
    }
    // The first start binds port 0 and the operating system picks a free port (no race with
    // another process between choosing a port and binding it); the server says which.
    server.port = 0;
    await server.resume();
    return server;
  }

  /** Starts the server (again) on its data: on the port it reported the first time. */
  async resume() {
    // Every test request comes from 127.0.0.1: high bursts keep the per-client rate
    // limits (tested natively) out of the journeys' way.
    const args = ['serve', '--addr', `127.0.0.1:${this.port}`, '--data-dir', this.dataDir, '--dist', this.distDir, '--write-burst', '1000', '--lookup-burst', '1000', '--staff-write-burst', '1000', ...this.extraArgs];
    if (this.databaseUrl) args.push('--database-url', this.databaseUrl);
    if (existsSync(join(consoleDist, 'index.html'))) args.push('--console-dist', consoleDist);
    // The most talkative structured log: scripts/check-logs.mjs reads every server's log of
    // a test run (HALL_E2E_LOG_DIR) and fails on anything that looks like an ID or mobile number.
    const env = { ...process.env, HALL_LOG: process.env.HALL_LOG ?? 'debug', HALL_LOG_FORMAT: 'json' };
    const child = spawn(serverBin, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    this.process = child;
    this.log = '';
    child.stdout.on('data', (d) => (this.log += d));
    child.stderr.on('data', (d) => (this.log += d));
    // "hall-guide is running at http://127.0.0.1:PORT/ …", printed once it is listening.
    const port = await new Promise((done, fail) => {
      let stdout = '';
      const finish = (error, found) => {
        clearTimeout(timer);
        child.stdout.off('data', read);
        child.off('close', exited);
        if (!error) return done(found);
        // Not (or wrongly) started: nothing for pause() to wait for.
        this.process = null;
        child.kill('SIGKILL');
        fail(error);
      };
      const read = (d) => {
        stdout += d;
        const running = stdout.match(/is running at http:\/\/127\.0\.0\.1:(\d+)\//);
        if (!running) return;
        const found = Number(running[1]);
        if (this.port === 0 || found === this.port) finish(null, found);
        else finish(new Error(`hall-server started on port ${found}, not on its port ${this.port}:\n${this.log}`));
      };
      const exited = (code, signal) => finish(new Error(`hall-server exited (${signal ?? code}) before it was ready:\n${this.log}`));
      const timer = setTimeout(() => finish(new Error(`hall-server did not report its address within 15 s:\n${this.log}`)), 15_000);
      child.stdout.on('data', read);
      child.once('close', exited);
    });
    this.port = port;
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Everything the server printed (to check that no personal data reached the log). */
  output() {
    return this.log;
  }

  async pause(signal = 'SIGTERM') {
    if (!this.process) return;
    const exited = new Promise((r) => this.process.once('exit', (code, sig) => r({ code, signal: sig })));
    this.process.kill(signal);
    const outcome = await exited;
    this.process = null;
    if (process.env.HALL_E2E_LOG_DIR) {
      appendFileSync(join(process.env.HALL_E2E_LOG_DIR, `server-${this.port}.log`), this.log);
    }
    return outcome;
  }

  async stop() {
    await this.pause();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** The first demo hall that takes appointments (its details) and its first item, or the
 * item with code `prefer` when that hall offers it. */
export async function bookableHall(server, { prefer } = {}) {
  const halls = await (await fetch(`${server.url}/api/v1/halls?limit=100`)).json();
  for (const summary of halls.halls) {
    const hall = await (await fetch(`${server.url}/api/v1/halls/${summary.code}`)).json();
    if (!hall.services.appointments) continue;
    const items = (await (await fetch(`${server.url}/api/v1/halls/${hall.code}/items`)).json()).items;
    const item = items.find((i) => i.code === prefer) ?? items[0];
    return { hall, item };
  }
  throw new Error('no demo hall takes appointments');
}

/** A valid resident ID number (GB 11643 check character) from its first 17 digits. */
export function residentId(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, k) => acc + Number(d) * weights[k], 0);
  return first17 + '10X98765432'[sum % 11];
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** A fresh browser context (no storage) in the given browser language, phone-sized.
 * `serviceWorkers: 'block'` for tests that fake API answers with page.route, which never
 * sees the requests a service worker makes; `deviceScaleFactor: 2` for a zoomed page;
 * `bypassCSP` for a test that injects its own inline script (axe-core); `geolocation`
 * (`{ latitude, longitude }`) with `permissions: ['geolocation']` for a reader who shares
 * their location, `permissions: []` for one who refuses. */
export async function newPage(browser, { locale = 'zh-CN', width = 360, height = 740, serviceWorkers = 'allow', deviceScaleFactor = 1, bypassCSP = false, geolocation, permissions } = {}) {
  const context = await browser.newContext({ locale, viewport: { width, height }, serviceWorkers, deviceScaleFactor, bypassCSP, geolocation, permissions });
  const page = await context.newPage();
  page.consoleErrors = [];
  // Messages that fell back to zh-CN (src/i18n.rs warns on the console for each).
  page.fallbacks = [];
  page.on('console', (m) => {
    if (m.type() === 'error') page.consoleErrors.push(m.text());
    if (m.type() === 'warning' && m.text().startsWith('hall-guide: message')) page.fallbacks.push(m.text());
  });
  page.on('pageerror', (e) => page.consoleErrors.push(String(e)));
  // A hall's or an item's link opens as the page the server rendered, which the app takes
  // over a moment later (src/takeover.rs). A test of the app's behaviour starts once it has;
  // a test of the server's page holds the wasm back or goes with `waitUntil: 'commit'`.
  for (const method of ['goto', 'reload']) {
    const go = page[method].bind(page);
    page[method] = async (...args) => {
      const response = await go(...args);
      if (args.at(-1)?.waitUntil !== 'commit') {
        await page.waitForFunction(() => !document.querySelector('#app[data-rendered]'), null, { timeout: 10_000 }).catch(() => {});
      }
      return response;
    };
  }
  return page;
}

/**
 * The usual set-up of a test file, as node:test hooks: before its tests, a seeded server
 * (`Server.start(serverArgs, { distDir, seedArgs })`) and a browser; after them, both
 * stopped. Returns the handles, filled in when the hooks run: `server`, `browser`, and
 * `newPage(options)`, a fresh context and page in that browser (see `newPage`).
 *
 * Whatever else a file needs first goes into these options, not into hooks of its own:
 * Node 20 starts the next top-level `before` hook of a file without waiting for the last.
 * - `serverArgs`, `distDir`: values, or (async) functions called just before the server
 *   starts, e.g. to reserve a port or copy the app first;
 * - `setup(handles)`: runs once the server and the browser are up (e.g. to find test data
 *   through the API);
 * - `cleanup(handles)`: runs after both have stopped.
 * `browser: false` for API-only tests; `eachTest: true` gives each test a server of its own
 * (with `setup` and `cleanup` around each).
 */
export function useServerAndBrowser({ serverArgs = [], distDir = dist, seedArgs = [], browser = true, eachTest = false, setup, cleanup } = {}) {
  const value = (v) => (typeof v === 'function' ? v() : v);
  const handles = {
    server: null,
    browser: null,
    newPage: (options) => newPage(handles.browser, options),
  };
  const startServer = async () => {
    handles.server = await Server.start(await value(serverArgs), { distDir: await value(distDir), seedArgs });
  };
  const stopServer = async () => {
    await handles.server?.stop();
    handles.server = null;
  };
  before(async () => {
    if (!eachTest) await startServer();
    if (browser) handles.browser = await launchBrowser();
    if (!eachTest) await setup?.(handles);
  });
  if (eachTest) {
    beforeEach(async () => {
      await startServer();
      await setup?.(handles);
    });
    afterEach(async () => {
      await stopServer();
      await cleanup?.(handles);
    });
  }
  after(async () => {
    await handles.browser?.close();
    if (!eachTest) {
      await stopServer();
      await cleanup?.(handles);
    }
  });
  return handles;
}
