// E2E in real Chromium with the demo build loaded. Prints PASS/FAIL lines and ends with
// "e2e: N passed, M failed". Screenshots go to $E2E_OUT (default e2e-out/).
import { checker, launch, serveFixtures } from './harness.mjs';
import * as foundation from './foundation.mjs';
import * as insert from './insert.mjs';
import * as situation from './situation.mjs';
import * as reminders from './reminders.mjs';
import * as scripts from './scripts.mjs';
import * as mapping from './mapping.mjs';
import * as platforms from './platforms.mjs';
import * as ui from './ui.mjs';
import { serveHosts } from './hosts.mjs';

const suites = [['foundation', foundation], ['insert', insert], ['situation', situation], ['reminders', reminders], ['scripts', scripts], ['mapping', mapping], ['platforms', platforms], ['ui', ui]];
const only = process.argv[2];
const { server, origin } = await serveFixtures();
// Platform fixtures at their real seller addresses (e2e/hosts.mjs); every suite gets the hosts object.
const hosts = await serveHosts();
const c = checker();
try {
  // Each suite gets a fresh browser and profile, so no suite depends on what another left behind.
  for (const [name, suite] of suites) {
    if (only && only !== name) continue;
    console.log(`# ${name}`);
    const browser = await launch({ extraArgs: hosts.args });
    try {
      await suite.run(browser, origin, c, { hosts });
    } catch (e) {
      await c.check(`${name} suite ran to the end`, () => { throw e; });
    } finally {
      await browser.context.close().catch(() => {});
    }
  }
} finally {
  server.close();
  hosts.server.close();
}
console.log(`e2e: ${c.passed} passed, ${c.failed} failed`);
process.exit(c.failed ? 1 : 0);
