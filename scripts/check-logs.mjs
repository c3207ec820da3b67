// Reads every server log a test run left (HALL_E2E_LOG_DIR: the e2e journeys and the API
// fuzzing, all at debug level) and fails when
// - any of it looks like a resident ID (17 digits and a digit or X) or a mainland mobile
//   number (11 digits from 13…–19…), masked forms (110***********1234) aside;
// - a log line after start-up is not one JSON object (the logs are structured), or no
//   request was logged at all (then this check would prove nothing).
//
// Usage: node scripts/check-logs.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/check-logs.mjs DIR');
  process.exit(2);
}

const residentId = /(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])/g;
const mobile = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g;
// What hall-server prints for people before its structured log starts.
const banner = /^(hall-guide( API)? is running at|Seeded \d+ demo applications)/;

const mask = (s) => `${s.slice(0, 3)}${'*'.repeat(s.length - 7)}${s.slice(-4)}`;
let lines = 0;
let requests = 0;
const problems = [];
const files = readdirSync(dir).filter((f) => f.endsWith('.log'));
for (const file of files) {
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim() || banner.test(line)) return;
      lines += 1;
      const where = `${file}:${i + 1}`;
      for (const [what, pattern] of [['resident ID', residentId], ['mobile number', mobile]]) {
        for (const [found] of line.matchAll(pattern)) problems.push(`${where}: a ${what} (${mask(found)})`);
      }
      let entry;
      try {
        entry = JSON.parse(line);
      } catch {
        problems.push(`${where}: not a JSON log line: ${line.slice(0, 120)}`);
        return;
      }
      if (entry.target === 'hall_server::access') requests += 1;
    });
}

console.log(`check-logs: ${files.length} server logs, ${lines} lines, ${requests} requests logged`);
if (requests === 0) problems.push('no request was logged: the servers did not write their logs here');
if (problems.length > 0) {
  console.error(problems.slice(0, 50).join('\n'));
  console.error(`check-logs: ${problems.length} problems`);
  process.exit(1);
}
console.log('check-logs: no resident ID or mobile number in any log; every line is structured');
