// The Hangfire dashboard of an API in Production, opened from a browser through the login page: nothing without a
// session; a curator's token is refused; an administrator's token is exchanged for a session cookie (HttpOnly,
// SameSite=Strict, scoped to /hangfire, short-lived) and the dashboard opens; a forged cookie opens nothing.
//
// Environment: MENTORSHIP_CHROMIUM, MENTORSHIP_API_URL, MENTORSHIP_ADMIN_TOKEN, MENTORSHIP_CURATOR_TOKEN,
// MENTORSHIP_SESSION_MINUTES (the configured session length).
import type { Page } from "puppeteer-core";
import { check, inChromium, newPage, setting } from "./harness.js";

const api = setting("MENTORSHIP_API_URL");
const sessionMinutes = Number(setting("MENTORSHIP_SESSION_MINUTES"));
const cookieName = "Mentorship.Dashboard";

async function status(page: Page, url: string): Promise<number> {
  const response = await page.goto(url);
  return response === null ? 0 : response.status();
}

async function signIn(page: Page, token: string): Promise<void> {
  await page.goto(`${api}/dashboard/login`);
  // Pasted in one piece: a JWT is too long for keystroke-by-keystroke filling to be reliable.
  await page.locator("#token").click();
  await page.keyboard.sendCharacter(token);
  await page.locator("#submit").click();
}

await inChromium("dashboard", async (browser) => {
  const page = await newPage(browser);

  check(await status(page, `${api}/hangfire`) === 401, "without a session the dashboard answers 401");

  await signIn(page, setting("MENTORSHIP_CURATOR_TOKEN"));
  await page.waitForFunction(() => (document.getElementById("error")?.textContent ?? "") !== "");
  const refusal = await page.$eval("#error", (element) => element.textContent ?? "");
  check(page.url().endsWith("/dashboard/login"), `a curator's token is refused on the login page: "${refusal}"`);
  check((await browser.cookies()).every((cookie) => cookie.name !== cookieName), "no session cookie for a curator");
  check(await status(page, `${api}/hangfire`) === 401, "and the dashboard stays closed");

  const started = Date.now();
  await signIn(page, setting("MENTORSHIP_ADMIN_TOKEN"));
  await page.waitForFunction(() => window.location.pathname === "/hangfire");
  await page.waitForSelector(".navbar");
  const title = await page.title();
  check(title.includes("Mentorship jobs"), `an administrator's token opens the dashboard: "${title}"`);
  check(await status(page, `${api}/hangfire/servers`) === 200, "its other pages open with the same session");

  const session = (await browser.cookies()).find((cookie) => cookie.name === cookieName);
  check(session !== undefined, "the session is a cookie", JSON.stringify(await browser.cookies()));
  if (session === undefined) {
    return;
  }
  check(session.httpOnly === true, "the cookie is HttpOnly");
  check(session.sameSite === "Strict", `the cookie is SameSite=Strict (${String(session.sameSite)})`);
  check(session.path === "/hangfire", `the cookie is sent only to /hangfire (${session.path})`);
  check(session.secure !== true, "the cookie is not Secure over plain HTTP (it is over HTTPS)");
  const lifetimeMinutes = (session.expires * 1000 - started) / 60000;
  check(lifetimeMinutes > 0 && lifetimeMinutes <= sessionMinutes + 1, `the cookie is short-lived: ${lifetimeMinutes.toFixed(1)} of ${sessionMinutes} minutes`);
  const visible = await page.evaluate(() => document.cookie);
  check(!visible.includes(cookieName), "scripts on the dashboard cannot read the cookie");
  check(await status(page, `${api}/api/v1/regions`) === 401, "the cookie is no token for the API");

  await browser.setCookie({ ...session, value: `${session.value.slice(0, -4)}AAAA` });
  check(await status(page, `${api}/hangfire`) === 401, "a tampered cookie opens nothing");
});
