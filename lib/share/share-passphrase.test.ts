import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/authorize";
import { shareLinks } from "@/lib/db/review-schema";
import { isAppError } from "@/lib/errors";
import { insertMember, insertTake } from "@/test/support/share-fixtures";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { hashPassphrase, verifyPassphrase } from "./passphrase";
import { createShareLink } from "./share-links";
import { loadSharePage } from "./share-page";
import { createPassphraseThrottle, type PassphraseThrottle, unlockShareLink } from "./share-unlock";

const database = testDatabasePerFile();
const SECRET = "a-studio-secret-of-at-least-32-characters";
const PASSPHRASE = "blue heron at dawn";
const MINUTE = 60_000;
let creator: CurrentUser;
let takeId: string;

beforeAll(async () => {
  creator = await insertMember(database.db, { name: "Cleo Creator", role: "creator" });
  takeId = (await insertTake(database.db, { prompt: "a heron" })).id;
});

function guardedLink(options: { passphrase?: string; title?: string } = {}) {
  return createShareLink(database.db, {
    takeIds: [takeId],
    title: options.title ?? "Heron cut",
    expiresInDays: null,
    passphrase: "passphrase" in options ? options.passphrase : PASSPHRASE,
    createdBy: creator.id,
  });
}

async function attempt(
  token: string,
  passphrase: string,
  options: { throttle: PassphraseThrottle; address?: string; now?: Date },
): Promise<string> {
  try {
    const { cookie } = await unlockShareLink(database.db, {
      token,
      passphrase,
      address: options.address ?? "203.0.113.7",
      secret: SECRET,
      throttle: options.throttle,
      now: options.now,
    });
    return `open:${cookie}`;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return `${error.code}: ${error.message}`;
  }
}

const WRONG = "unauthorized:share_passphrase: That passphrase is not right.";

describe("passphrase hashing", () => {
  it("hashes with scrypt and a fresh salt, and checks in constant time", async () => {
    const first = await hashPassphrase(PASSPHRASE);
    const second = await hashPassphrase(PASSPHRASE);
    expect(first).toMatch(/^scrypt\$[\w-]{22}\$[\w-]{43}$/);
    expect(first).not.toBe(second);
    expect(await verifyPassphrase(PASSPHRASE, first)).toBe(true);
    expect(await verifyPassphrase(`${PASSPHRASE} `, first)).toBe(false);
    expect(await verifyPassphrase(PASSPHRASE, "not-a-hash")).toBe(false);
  });

  it("keeps only the hash in the link's row", async () => {
    const { link } = await guardedLink();
    const [row] = await database.db.select().from(shareLinks).where(eq(shareLinks.id, link.id));
    expect(row.passphraseHash).toMatch(/^scrypt\$/);
    expect(JSON.stringify(row)).not.toContain(PASSPHRASE);
    expect(JSON.stringify(row).toLowerCase()).not.toContain("heron at");
  });
});

describe("a link with a passphrase", () => {
  it("shows only its title until unlocked, and everything with the right cookie", async () => {
    const { token } = await guardedLink({ title: "Heron cut" });
    const locked = await loadSharePage(database.db, token, { secret: SECRET });
    expect(locked).toEqual({ locked: true, title: "Heron cut" });

    const throttle = createPassphraseThrottle();
    expect(await attempt(token, "heron at dusk", { throttle })).toBe(WRONG);
    const opened = await attempt(token, PASSPHRASE, { throttle });
    expect(opened).toMatch(/^open:[\w-]{43}$/);
    const cookie = opened.slice("open:".length);
    const page = await loadSharePage(database.db, token, { secret: SECRET, cookie });
    expect(page?.locked).toBe(false);
    expect(page && !page.locked && page.takes.map((take) => take.id)).toEqual([takeId]);

    // A forged, another link's or another studio's cookie opens nothing.
    const other = await guardedLink();
    const otherCookie = (await attempt(other.token, PASSPHRASE, { throttle })).slice("open:".length);
    // The forged cookie changes its last character (to one it is not already).
    const forged = `${cookie.slice(0, -1)}${cookie.endsWith("A") ? "B" : "A"}`;
    for (const wrong of [forged, otherCookie, "", PASSPHRASE]) {
      expect((await loadSharePage(database.db, token, { secret: SECRET, cookie: wrong }))?.locked).toBe(true);
    }
    expect((await loadSharePage(database.db, token, { secret: `${SECRET}-other`, cookie }))?.locked).toBe(true);
  });

  it("opens a link without a passphrase for anyone, with no cookie needed", async () => {
    const { token } = await guardedLink({ passphrase: undefined });
    expect((await loadSharePage(database.db, token, { secret: SECRET }))?.locked).toBe(false);
    expect(await attempt(token, "anything", { throttle: createPassphraseThrottle() })).toBe("open:null");
  });

  it("refuses an unknown token like a wrong link, not like a wrong passphrase", async () => {
    expect(await attempt("A".repeat(43), PASSPHRASE, { throttle: createPassphraseThrottle() })).toMatch(
      /^not_found:share_link: /,
    );
  });
});

describe("throttling wrong passphrases", () => {
  it("refuses every try after 5 wrong ones in 15 minutes, the right one too, until the window passes", async () => {
    const { token } = await guardedLink();
    const throttle = createPassphraseThrottle();
    const start = Date.now();
    const at = (ms: number) => ({ throttle, now: new Date(start + ms) });
    for (let i = 0; i < 5; i++) expect(await attempt(token, `wrong ${i}`, at(i * MINUTE))).toBe(WRONG);
    const throttled = "rate_limited:share_passphrase: Too many tries. Try again in";
    expect(await attempt(token, "wrong again", at(5 * MINUTE))).toBe(`${throttled} 10 minutes.`);
    expect(await attempt(token, PASSPHRASE, at(5 * MINUTE))).toBe(`${throttled} 10 minutes.`);
    expect(await attempt(token, PASSPHRASE, at(14 * MINUTE + 30_000))).toBe(`${throttled} 1 minute.`);
    // Another address is not held back by this one's tries.
    expect(await attempt(token, PASSPHRASE, { ...at(5 * MINUTE), address: "198.51.100.4" })).toMatch(/^open:/);
    // The first failure ages out at 15 minutes: one more try is allowed.
    expect(await attempt(token, PASSPHRASE, at(15 * MINUTE))).toMatch(/^open:/);
  });

  it("starts the count again after the right passphrase", async () => {
    const { token } = await guardedLink();
    const throttle = createPassphraseThrottle();
    for (let i = 0; i < 4; i++) expect(await attempt(token, `wrong ${i}`, { throttle })).toBe(WRONG);
    expect(await attempt(token, PASSPHRASE, { throttle })).toMatch(/^open:/);
    for (let i = 0; i < 5; i++) expect(await attempt(token, `wrong ${i}`, { throttle })).toBe(WRONG);
    expect(await attempt(token, PASSPHRASE, { throttle })).toMatch(/^rate_limited:share_passphrase: /);
  });

  it("holds a link back for every address after 30 wrong tries from many, and other links are untouched", async () => {
    const { token } = await guardedLink();
    const other = await guardedLink();
    const throttle = createPassphraseThrottle();
    for (let i = 0; i < 30; i++) {
      expect(await attempt(token, "guess", { throttle, address: `192.0.2.${i}` })).toBe(WRONG);
    }
    expect(await attempt(token, PASSPHRASE, { throttle, address: "192.0.2.200" })).toMatch(
      /^rate_limited:share_passphrase: /,
    );
    expect(await attempt(other.token, PASSPHRASE, { throttle, address: "192.0.2.200" })).toMatch(/^open:/);
  }, 30_000);

  it("counts per link: one link's wrong tries do not hold back another's", async () => {
    const first = await guardedLink();
    const second = await guardedLink();
    const throttle = createPassphraseThrottle();
    for (let i = 0; i < 5; i++) await attempt(first.token, `wrong ${randomUUID()}`, { throttle });
    expect(await attempt(first.token, PASSPHRASE, { throttle })).toMatch(/^rate_limited:/);
    expect(await attempt(second.token, PASSPHRASE, { throttle })).toMatch(/^open:/);
  });
});
