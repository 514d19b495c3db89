// Opens signed-in browser sessions for SessionMemoryBenchmark in a process of its own, so that no client object
// of the browser automation lives in the heap being measured. Playwright's own Node.js and playwright-core (the
// driver that Playwright for Java unpacks) drive the system's Chromium. One command per line on stdin, tab
// separated; one answer line per command on stdout ("ok", "error ...", or lines before "ok"):
//   open <username> <password> <landing route>   a new browser context signed in through the login form,
//                                                  left on the landing view once the network is idle
//   sockets                                        the WebSockets opened so far, by address without values
//   close                                          closes the browser and exits
const path = require('path');
const readline = require('readline');
const [driverDir, baseUrl, chromiumPath] = process.argv.slice(2);
const { chromium } = require(path.join(driverDir, 'package'));

(async () => {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const sockets = new Map();
  const pages = [];
  for await (const line of readline.createInterface({ input: process.stdin })) {
    const [command, username, password, route] = line.split('\t');
    try {
      if (command === 'open') {
        const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
        const page = await context.newPage();
        page.setDefaultTimeout(30000);
        page.setDefaultNavigationTimeout(180000);
        page.on('websocket', socket => {
          const address = socket.url().replace(/=[^&]*/g, '');
          sockets.set(address, (sockets.get(address) || 0) + 1);
        });
        await page.goto(baseUrl + '/');
        await page.waitForURL('**/login');
        await page.getByLabel('Username').fill(username);
        await page.getByLabel('Password', { exact: true }).fill(password);
        await page.getByRole('button', { name: 'Log in' }).click();
        // the home view forwards to the landing view on the server; the shell's user name and the heading show it
        await page.locator('.user-name').waitFor();
        await page.locator('h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        pages.push(page);
        const landed = new URL(page.url()).pathname;
        console.log(landed === '/' + route ? 'ok' : `error ${username} landed on ${landed}, not on /${route}`);
      } else if (command === 'sockets') {
        sockets.forEach((count, address) => console.log(`socket\t${count}\t${address}`));
        console.log('ok');
      } else if (command === 'close') {
        await browser.close();
        console.log('ok');
        process.exit(0);
      } else {
        console.log(`error unknown command ${command}`);
      }
    } catch (e) {
      console.log('error ' + String(e.message).split('\n')[0]);
    }
  }
})();
