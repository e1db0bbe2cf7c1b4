/**
 * Real rows for the fuzzers to aim at: a queued take, a failed one, a ready one shared by two links (one
 * with a passphrase and downloads off), an invite (with its token), a spare member.
 */
import { eq } from "drizzle-orm";
import { createAccountFromCommand } from "@/lib/auth/accounts";
import { createInvite } from "@/lib/auth/invites";
import { takes } from "@/lib/db/schema";
import { DEFAULT_PARAMS, type TakeParams } from "@/lib/kling/schema";
import { createShareLink } from "@/lib/share/share-links";
import { createTake } from "@/lib/worker/create";
import { insertTake } from "@/test/support/share-fixtures";
import type { StudioUnderTest } from "./studio-under-test";

export type Fixtures = {
  queuedTakeId: string;
  failedTakeId: string;
  /** Ready, with a 5 s video: comments on it get past the take's checks. */
  readyTakeId: string;
  inviteId: string;
  inviteToken: string;
  spareMemberId: string;
  /** A ready take, alone in its shot, shared by the links below. */
  sharedTakeId: string;
  /** A link asking for FUZZ_PASSPHRASE, with downloads off. */
  lockedShareToken: string;
  /** A link with no passphrase and downloads on. */
  openShareToken: string;
  /** Every id and token above, to mix into fuzzed values. */
  pool: string[];
  /** A signed cookie whose session has ended. */
  staleCookie: string;
};

export const FUZZ_PASSPHRASE = "fuzz-passphrase";

export const VALID_PARAMS: TakeParams = { ...DEFAULT_PARAMS, prompt: "A lighthouse at dusk, slow waves" };

export async function createFixtures(studio: StudioUnderTest): Promise<Fixtures> {
  const { runtime, userIds } = studio;
  const { db } = runtime.database;
  const make = () =>
    // Made by "studio" (as older takes were), so the members' take limits start untouched.
    createTake(runtime.workerContext, runtime.worker, {
      params: VALID_PARAMS,
      createdBy: "studio",
      actorId: userIds.creator,
      submitNow: false,
    });
  const queued = await make();
  const failed = await make();
  const ready = await make();
  await db
    .update(takes)
    .set({ status: "ready", videoKey: `videos/${ready.id}.mp4`, videoDurationMs: 5000, videoFps: 24 })
    .where(eq(takes.id, ready.id));
  await db
    .update(takes)
    .set({ status: "failed", failureCode: "kling:refused", failureMessage: "Refused." })
    .where(eq(takes.id, failed.id));
  const { invite, token } = await createInvite(db, { role: "creator", createdBy: userIds.admin, expiresInDays: 7 });
  const { user: spare } = await createAccountFromCommand(db, {
    name: "Spare",
    email: "spare@fuzz.test",
    password: "spare-password-123",
    role: "creator",
  });

  const shared = await insertTake(db, { prompt: "Shared with the fuzzers", createdBy: "studio" });
  const shareOptions = { takeIds: [shared.id], title: "Fuzz", expiresInDays: null, createdBy: userIds.admin };
  const locked = await createShareLink(db, { ...shareOptions, passphrase: FUZZ_PASSPHRASE, allowDownload: false });
  const open = await createShareLink(db, shareOptions);

  const signedIn = await runtime.auth.api.signInEmail({
    body: { email: "spare@fuzz.test", password: "spare-password-123" },
    asResponse: true,
  });
  const staleCookie = signedIn.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  await runtime.auth.api.signOut({ headers: new Headers({ cookie: staleCookie }) });

  return {
    queuedTakeId: queued.id,
    failedTakeId: failed.id,
    readyTakeId: ready.id,
    inviteId: invite.id,
    inviteToken: token,
    spareMemberId: spare.id,
    sharedTakeId: shared.id,
    lockedShareToken: locked.token,
    openShareToken: open.token,
    pool: [
      queued.id,
      failed.id,
      invite.id,
      token,
      spare.id,
      `videos/${queued.id}.mp4`,
      `posters/${queued.id}.jpg`,
      shared.id,
      locked.token,
      open.token,
      `videos/${shared.id}.mp4`,
    ],
    staleCookie,
  };
}
