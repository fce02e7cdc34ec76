// Swagger UI keeps the authorisation across reloads (persistAuthorization): a token typed into "Authorize" is still
// there after the page is reloaded, and the dialog shows the scheme authorised.
//
// Environment: MENTORSHIP_CHROMIUM, MENTORSHIP_API_URL, MENTORSHIP_TOKEN (administrator).
import type { Page } from "puppeteer-core";
import { check, inChromium, newPage, setting } from "./harness.js";

const api = setting("MENTORSHIP_API_URL");
const token = setting("MENTORSHIP_TOKEN");

async function openSwagger(page: Page): Promise<void> {
  await page.goto(`${api}/swagger/index.html`);
  await page.waitForSelector(".btn.authorize");
}

async function storedAuthorization(page: Page): Promise<string> {
  return page.evaluate(() => window.localStorage.getItem("authorized") ?? "");
}

await inChromium("swagger", async (browser) => {
  const page = await newPage(browser);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));

  await openSwagger(page);
  check(await storedAuthorization(page) === "", "a fresh Swagger UI holds no authorisation");

  await page.locator(".btn.authorize").click();
  // Inserted as one piece of text, as a paste would: a JWT is too long for keystroke-by-keystroke filling to be reliable.
  await page.locator(".modal-ux input[aria-label='auth-bearer-value']").click();
  await page.keyboard.sendCharacter(token);
  await page.locator(".modal-ux .auth-container:has(input[aria-label='auth-bearer-value']) .btn.modal-btn.auth.authorize").click();
  await page.waitForSelector(".modal-ux .auth-container button[aria-label='Remove authorization']");
  await page.locator(".modal-ux .close-modal").click();
  check((await storedAuthorization(page)).includes(token), "Authorize keeps the token in the page's storage");

  await page.reload();
  await page.waitForSelector(".btn.authorize");
  check((await storedAuthorization(page)).includes(token), "after a reload the token is still there");
  check(await page.$(".btn.authorize.locked") !== null, "and Swagger UI shows the padlock closed");

  // The Authorize dialog of the reloaded page shows the scheme as authorised, with Logout instead of a field.
  await page.locator(".btn.authorize").click();
  await page.waitForSelector(".modal-ux");
  const bearer = await page.$$eval(".modal-ux .auth-container", (containers) =>
    containers.map((container) => container.textContent ?? "").find((text) => text.includes("Bearer")) ?? "");
  check(bearer.includes("Authorized") && bearer.includes("Logout"), "the Authorize dialog shows Bearer authorised after the reload", bearer);
  check(errors.length === 0, "the page ran without script errors", errors.join("\n"));
});
