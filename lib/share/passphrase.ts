/**
 * Share-link passphrases. Only a salted scrypt hash is stored; a guess is compared in constant time.
 * A visitor who gave the right passphrase keeps a cookie holding an HMAC of the link's id and stored
 * hash under a key derived from the studio's secret: the server can check it without storing anything,
 * and a new passphrase (or a new link) makes every earlier cookie worthless.
 */
import "server-only";
import { createHmac, randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

const KEY_LENGTH = 32;
const SCRYPT: ScryptOptions = { N: 16_384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const PREFIX = "scrypt";

/** "scrypt$<salt>$<hash>", both base64url; a fresh random salt each time. */
export async function hashPassphrase(passphrase: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(passphrase, salt);
  return [PREFIX, salt.toString("base64url"), hash.toString("base64url")].join("$");
}

export async function verifyPassphrase(passphrase: string, stored: string): Promise<boolean> {
  const [prefix, salt, hash] = stored.split("$");
  if (prefix !== PREFIX || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const actual = await derive(passphrase, Buffer.from(salt, "base64url"));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** The unlock cookie's name; its path (`/share/<token>`) ties it to one link. */
export const SHARE_UNLOCK_COOKIE = "share_unlock";

/** What the unlock cookie of this link holds. */
export function shareUnlockValue(secret: string, link: { id: string; passphraseHash: string }): string {
  // A key of its own, so an unlock value can never stand in for anything else the secret signs.
  const key = createHmac("sha256", secret).update("share-link-unlock").digest();
  return createHmac("sha256", key).update(`${link.id}\n${link.passphraseHash}`).digest("base64url");
}

export function isShareUnlockValue(
  cookie: string | undefined,
  secret: string,
  link: { id: string; passphraseHash: string },
): boolean {
  if (!cookie) return false;
  const expected = Buffer.from(shareUnlockValue(secret, link));
  const given = Buffer.from(cookie);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function derive(passphrase: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize("NFC"), salt, KEY_LENGTH, SCRYPT, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}
