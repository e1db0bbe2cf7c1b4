import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/** Playwright's own Chromium when it is installed, else Debian's (`apt-get install chromium`). */
export function chromiumExecutable(): string | undefined {
  try {
    const managed = chromium.executablePath();
    if (managed && existsSync(managed)) return undefined;
  } catch {
    // No managed browser registered.
  }
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--autoplay-policy=no-user-gesture-required",
];
