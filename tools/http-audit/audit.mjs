// Runs graphql-http's server audits against a live server and prints one line per audit.
// Usage: node audit.mjs <url> [ID=reason ...]
// IDs given on the command line are audits the caller expects to fail, with the reason
// (e.g. they need introspection, which production turns off). Exit code 1 when any other
// MUST (error) or SHOULD (warn) audit fails, or when an expected failure passes.
import { auditServer } from 'graphql-http';

const [url, ...expected] = process.argv.slice(2);
const excused = Object.fromEntries(expected.map((item) => item.split(/=(.*)/s).slice(0, 2)));
const results = await auditServer({ url });
let failures = 0;
for (const result of results) {
  const level = result.name.startsWith('MUST') ? 'MUST' : result.name.startsWith('SHOULD') ? 'SHOULD' : 'MAY';
  if (result.status === 'ok') {
    if (excused[result.id]) {
      failures += 1;
      console.log(`UNEXPECTED PASS ${result.id} ${result.name} (excused: ${excused[result.id]})`);
    } else {
      console.log(`ok    ${result.id} ${result.name}`);
    }
  } else if (excused[result.id]) {
    console.log(`skip  ${result.id} ${result.name}: ${excused[result.id]}`);
  } else if (result.status === 'notice') {
    console.log(`note  ${result.id} ${result.name}: ${result.reason}`);
  } else {
    failures += 1;
    console.log(`FAIL  ${result.id} [${level}] ${result.name}: ${result.reason}`);
  }
}
const passed = results.filter((result) => result.status === 'ok').length;
console.log(`${passed} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
