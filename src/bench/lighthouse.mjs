// Lighthouse (issue 17): performance score and cumulative layout shift of /login, /tasks and /gaps, desktop
// preset, in Debian's chromium. The signed-in pages are measured in the same browser after signing in through
// the login form, with Lighthouse's storage reset off so that the session survives (Lighthouse's documented
// way for pages behind a login).
// Usage: node lighthouse.mjs BASE_URL USERNAME PASSWORD   (src/bench/lighthouse.sh starts the app and calls it)
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';

const [base, username, password] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const port = Number(new URL(browser.wsEndpoint()).port);

async function measure(path) {
  const result = await lighthouse(base + path, {
    port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], disableStorageReset: true,
  }, desktopConfig);
  const lhr = result.lhr;
  return {
    path,
    performance: Math.round(lhr.categories.performance.score * 100),
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
  };
}

const rows = [await measure('/login')];
const page = await browser.newPage();
await page.goto(base + '/login', { waitUntil: 'networkidle0' });
await page.locator('vaadin-text-field[name="username"] input, input[name="username"]').fill(username);
await page.locator('vaadin-password-field[name="password"] input, input[name="password"]').fill(password);
await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
if (new URL(page.url()).pathname === '/login') {
  throw new Error('sign-in as ' + username + ' failed');
}
await page.close();
rows.push(await measure('/tasks'), await measure('/gaps'));
await browser.close();

for (const row of rows) {
  console.log(`LIGHTHOUSE ${row.path.padEnd(7)} performance ${String(row.performance).padStart(3)}  CLS ${row.cls.toFixed(3)}`
    + `  FCP ${row.fcpMs} ms  LCP ${row.lcpMs} ms  TBT ${row.tbtMs} ms`);
}
