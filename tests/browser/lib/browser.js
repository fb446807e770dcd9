// Debian's chromium, headless, driven by playwright-core (no browser download).
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.HAILONG_CHROMIUM || '/usr/bin/chromium';

export async function launchBrowser() {
  // playwright gives every launch a fresh temporary --user-data-dir of its own.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

// A context as a staff PC or phone would have; the server's certificate is from the
// centre's own CA, so TLS errors are accepted here (the tests do not test TLS).
export async function newPage(browser, { width = 1366, height = 768, mobile = false } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    isMobile: mobile,
    hasTouch: mobile,
    ignoreHTTPSErrors: true,
    acceptDownloads: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems };
}
