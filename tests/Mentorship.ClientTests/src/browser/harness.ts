// What the browser checks share: settings from the environment, the system Chromium driven by puppeteer-core,
// and a check that stops the run with a message. Each check prints one line; the last line says PASSED.
import puppeteer, { type Browser, type Page } from "puppeteer-core";

/** A new tab with patient timeouts: CI machines are small and shared, and a slow page is not a failure of the API. */
export async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(90_000);
  page.setDefaultNavigationTimeout(90_000);
  return page;
}

export function setting(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`Set ${name}.`);
  }
  return value;
}

export function check(condition: boolean, what: string, detail = ""): void {
  if (!condition) {
    throw new Error(`FAILED: ${what}${detail === "" ? "" : `\n${detail}`}`);
  }
  console.log(`ok   ${what}`);
}

/** Runs the checks in a fresh headless Chromium (the Debian package), closed at the end whatever happens. */
export async function inChromium(name: string, checks: (browser: Browser) => Promise<void>): Promise<void> {
  const browser = await puppeteer.launch({
    executablePath: setting("MENTORSHIP_CHROMIUM"),
    headless: true,
    timeout: 120_000,
    // Root (CI) needs --no-sandbox; containers have a small /dev/shm.
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
  try {
    console.log(`${name}: ${await browser.version()}`);
    await checks(browser);
    console.log(`${name} PASSED`);
  } finally {
    await browser.close();
  }
}
