// A frontend on another origin calls the API from a real browser: with a bearer token (so the browser sends a CORS
// preflight first) it reads a single resource and the ETag the API exposes, updates it with If-Match (and is
// refused with 412 when the tag is stale), creates one and reads its Location;
// the same page served from an origin that is not configured is refused by the browser.
//
// Environment: MENTORSHIP_CHROMIUM, MENTORSHIP_API_URL, MENTORSHIP_TOKEN (administrator), MENTORSHIP_RESOURCE_PATH
// (a single resource with an ETag), MENTORSHIP_ALLOWED_PORT and MENTORSHIP_REFUSED_PORT (where this script serves the
// frontend page: http://127.0.0.1:<port>, the first in Cors:FrontendOrigins, the second not).
import { createServer, type Server } from "node:http";
import type { Page } from "puppeteer-core";
import { check, inChromium, newPage, setting } from "./harness.js";

const api = setting("MENTORSHIP_API_URL");
const token = setting("MENTORSHIP_TOKEN");
const resource = `${api}${setting("MENTORSHIP_RESOURCE_PATH")}`;

interface Answer {
  status: number;
  etag: string | null;
  location: string | null;
  body: string;
  failure: string | null;
}

/** The frontend: a blank page of its own origin, with no script of the API's. */
function serveFrontend(port: number): Promise<Server> {
  const server = createServer((_, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Фронтенд</title></head><body>Фронтенд</body></html>");
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

/** fetch() in the page, as the frontend's code would call the API. */
function call(page: Page, url: string, method: string, body: string | null, extra: Record<string, string> = {}): Promise<Answer> {
  return page.evaluate(async (url: string, method: string, body: string | null, token: string, extra: Record<string, string>): Promise<Answer> => {
    try {
      const headers: Record<string, string> = { ...extra, Authorization: `Bearer ${token}`, "Accept-Language": "en" };
      if (body !== null) {
        headers["Content-Type"] = "application/json";
      }
      const response = await fetch(url, { method, headers, body });
      return {
        status: response.status, etag: response.headers.get("ETag"), location: response.headers.get("Location"),
        body: await response.text(), failure: null,
      };
    } catch (error) {
      return { status: 0, etag: null, location: null, body: "", failure: String(error) };
    }
  }, url, method, body, token, extra);
}

const allowedPort = Number(setting("MENTORSHIP_ALLOWED_PORT"));
const refusedPort = Number(setting("MENTORSHIP_REFUSED_PORT"));
const servers = [await serveFrontend(allowedPort), await serveFrontend(refusedPort)];
try {
  await inChromium("cors", async (browser) => {
    const page = await newPage(browser);
    const consoleLines: string[] = [];
    page.on("console", (message) => consoleLines.push(message.text()));

    await page.goto(`http://127.0.0.1:${allowedPort}/`);
    const read = await call(page, resource, "GET", null);
    check(read.status === 200, `a configured frontend reads ${resource} with a bearer token (preflight passed)`, JSON.stringify(read));
    check(read.etag !== null && read.etag.length > 2, `the page reads the exposed ETag: ${String(read.etag)}`);

    const region = JSON.stringify({ code: "38", name: "Иркутская область", pupilAgeFrom: 11, pupilAgeTo: 18 });
    const updated = await call(page, resource, "PUT", region, { "If-Match": read.etag ?? "" });
    check(updated.status === 200 && updated.etag !== null && updated.etag !== read.etag,
      `an update with If-Match of the ETag read passes and gives a new ETag: ${String(updated.etag)}`, JSON.stringify(updated));
    const stale = await call(page, resource, "PUT", region, { "If-Match": read.etag ?? "" });
    check(stale.status === 412, `an update with the stale ETag is refused with 412 (${stale.status})`, JSON.stringify(stale));

    const created = await call(page, `${api}/api/v1/regions`, "POST", JSON.stringify({ code: "75", name: "Забайкальский край" }));
    check(created.status === 201, "the frontend creates a region with a JSON body", JSON.stringify(created));
    check(created.location !== null && created.location.includes("/api/v1/regions/"), `the page reads the exposed Location: ${String(created.location)}`);

    const other = await newPage(browser);
    other.on("console", (message) => consoleLines.push(message.text()));
    await other.goto(`http://127.0.0.1:${refusedPort}/`);
    const refused = await call(other, resource, "GET", null);
    check(refused.failure !== null && refused.status === 0, `a frontend on an origin not configured is refused by the browser: ${String(refused.failure)}`);
    check(consoleLines.some((line) => line.includes("CORS")), "the browser says it was CORS", consoleLines.join("\n"));
  });
} finally {
  for (const server of servers) {
    server.close();
  }
}
