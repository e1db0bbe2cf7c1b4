/**
 * Who may call what, checked over HTTP against the built studio: every server action (found in the
 * build's server-reference manifest) and every route handler and page (found in its app-paths
 * manifest), for each role and signed out. A new action, route or page fails this spec until it has
 * a row in the tables below, so nothing ships without a decision about who may use it.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { type APIRequestContext, type APIResponse, expect, test } from "@playwright/test";
import type { Role } from "@/lib/auth/permissions";
import { storageStateFor } from "./accounts";

type Caller = Role | "signed out";
const CALLERS: Caller[] = ["admin", "creator", "reviewer", "signed out"];
const SIGNED_OUT = "Your session has ended. Sign in again to continue.";

/** `allow`: the caller gets past authorization; `deny`: refused for being signed out or for the role. */
type Rule = "allow" | "deny";
type Rules = Record<Caller, Rule>;
const EVERY_MEMBER: Rules = { admin: "allow", creator: "allow", reviewer: "allow", "signed out": "deny" };
const GENERATE: Rules = { admin: "allow", creator: "allow", reviewer: "deny", "signed out": "deny" };
const ADMIN: Rules = { admin: "allow", creator: "deny", reviewer: "deny", "signed out": "deny" };

const missingTake = randomUUID();
const missingComment = randomUUID();
const missingShot = randomUUID();
const validTake = {
  model_name: "kling-v1",
  prompt: "An authorization check [sandbox:fail]",
  cfg_scale: 0.5,
  mode: "std",
  aspect_ratio: "16:9",
  duration: "5",
};

/**
 * Each action with arguments that pass its validation, so a refusal can only come from authorization.
 * Allowed calls name things that do not exist (or are harmless), so the table changes nothing else.
 */
const ACTIONS: Record<string, { rules: Rules; args: unknown[] } | { public: string }> = {
  createTakeAction: { rules: GENERATE, args: [validTake] },
  createTakeBatchAction: { rules: GENERATE, args: [{ params: validTake, plan: { kind: "variations", count: 2 } }] },
  retryTakeAction: { rules: GENERATE, args: [missingTake] },
  deleteTakeAction: { rules: GENERATE, args: [missingTake] },
  restoreTakeAction: { rules: GENERATE, args: [missingTake] },
  createInviteAction: { rules: ADMIN, args: [{ role: "reviewer", expiresInDays: 1 }] },
  revokeInviteAction: { rules: ADMIN, args: [{ inviteId: "no-such-invite" }] },
  changeMemberRoleAction: { rules: ADMIN, args: [{ userId: "no-such-member", role: "creator" }] },
  removeMemberAction: { rules: ADMIN, args: [{ userId: "no-such-member" }] },
  setSpendingCapAction: { rules: ADMIN, args: [{ capUnits: "" }] },
  checkModelAgainAction: { rules: ADMIN, args: [{ model: "kling-v2-master" }] },
  // Every role may review (decide, comment, judge the camera) and keep favourites.
  setReviewDecisionAction: { rules: EVERY_MEMBER, args: [{ takeId: missingTake, decision: "approved" }] },
  addCommentAction: {
    rules: EVERY_MEMBER,
    args: [
      {
        takeId: missingTake,
        body: "At this moment",
        atMs: 1000,
        endMs: 2500,
        drawing: { shapes: [{ tool: "rect", colour: "#ff3b30", from: { x: 0.2, y: 0.2 }, to: { x: 0.6, y: 0.7 } }] },
      },
    ],
  },
  addReplyAction: { rules: EVERY_MEMBER, args: [{ commentId: missingComment, body: "Agreed" }] },
  setCommentResolvedAction: { rules: EVERY_MEMBER, args: [{ commentId: missingComment, resolved: true }] },
  setCommentSharedAction: { rules: EVERY_MEMBER, args: [{ commentId: missingComment, shared: true }] },
  setCameraVerdictAction: { rules: EVERY_MEMBER, args: [{ takeId: missingTake, verdict: "yes" }] },
  setFavouriteAction: { rules: EVERY_MEMBER, args: [{ takeId: missingTake, favourite: true }] },
  // Sharing is part of reviewing; revoking someone else's link is refused by the link's own rule
  // (creator or admin, e2e/share.spec.ts), past this table's check.
  createShareLinkAction: { rules: EVERY_MEMBER, args: [{ takeIds: [missingTake], title: "", expiry: "7" }] },
  revokeShareLinkAction: { rules: EVERY_MEMBER, args: [{ linkId: randomUUID() }] },
  listTakeShareLinksAction: { rules: EVERY_MEMBER, args: [missingTake] },
  loadActivityPageAction: { rules: EVERY_MEMBER, args: [{ cursor: "bm90LWEtY3Vyc29y" }] },
  // Circling the team's pick is a review act; moving takes between shots and renaming a shot reorganize
  // what the team sees, as deleting does: creators and admins.
  circleTakeAction: { rules: EVERY_MEMBER, args: [{ shotId: missingShot, takeId: missingTake }] },
  renameShotAction: { rules: GENERATE, args: [{ shotId: missingShot, name: "A shot that is not there" }] },
  moveTakeAction: { rules: GENERATE, args: [{ takeId: missingTake, target: "new" }] },
  loadTakeShotAction: { rules: EVERY_MEMBER, args: [missingTake] },
  signInAction: { public: "signing in needs no session (e2e/auth.spec.ts)" },
  signOutAction: { public: "signing out ends whatever session there is (e2e/auth.spec.ts)" },
  setupOwnerAction: { public: "first-run setup, refused once an owner exists (e2e/auth.spec.ts)" },
  acceptInviteAction: { public: "the invite's token is the credential (e2e/auth.spec.ts)" },
  unlockShareLinkAction: {
    public: "a share link's token and passphrase are the credentials; throttled (e2e/share-passphrase.spec.ts)",
  },
};

/** Route handlers: a request, and the status each caller gets. Members' requests name missing things. */
const ROUTES: Record<
  string,
  { method: "GET" | "POST"; path: string; expect: Record<Caller, number> } | { public: string }
> = {
  "/api/generations/route": { method: "GET", path: "/api/generations", expect: statuses(200) },
  "/api/generations/[id]/route": { method: "GET", path: `/api/generations/${missingTake}`, expect: statuses(404) },
  "/api/generations/status/route": {
    method: "GET",
    path: `/api/generations/status?ids=${missingTake}`,
    expect: statuses(200),
  },
  "/media/[...key]/route": { method: "GET", path: `/media/videos/${missingTake}.mp4`, expect: statuses(404) },
  "/takes/[id]/download/route": { method: "GET", path: `/takes/${missingTake}/download`, expect: statuses(404) },
  "/share/[token]/media/[...key]/route": {
    public: "the share token (and its passphrase, when set) is the credential; only the link's takes' media",
  },
  "/share/[token]/download/[takeId]/route": {
    public: "the share token (and its passphrase, when set) is the credential; 403 when downloads are off",
  },
  "/api/health/route": { public: "load balancers probe it; it names no take or member" },
  "/api/kling/callback/route": { public: "Kling calls it; its body is only a hint, re-checked upstream" },
  "/sandbox/[...path]/route": { public: "the built-in Kling service, behind its own Kling credentials" },
  "/api/auth/[...all]/route": { public: "Better Auth's endpoints (sign-in, session); sign-up is off" },
  "/api/internal/users/route": { public: "loopback only, with a one-time token from the data folder" },
};

/** Pages: members who may see them get 200; others are sent to sign in (signed out) or told why not. */
const PAGES: Record<string, { path: string; rules: Rules } | { public: string }> = {
  "/(studio)/page": { path: "/", rules: EVERY_MEMBER },
  "/gallery/page": { path: "/gallery", rules: EVERY_MEMBER },
  "/takes/[id]/page": { path: `/takes/${missingTake}`, rules: EVERY_MEMBER },
  "/shots/[id]/page": { path: `/shots/${missingShot}`, rules: EVERY_MEMBER },
  "/team/page": { path: "/team", rules: ADMIN },
  "/compare/page": { path: `/compare?ids=${missingTake},${randomUUID()}`, rules: EVERY_MEMBER },
  "/activity/page": { path: "/activity", rules: EVERY_MEMBER },
  "/share/page": { path: "/share", rules: EVERY_MEMBER },
  "/share/[token]/page": {
    public: "the share token is the credential; a passphrase form only, when one is set (e2e/share-passphrase.spec.ts)",
  },
  "/sign-in/page": { public: "where signed-out people go" },
  "/setup/page": { public: "first run only; redirects to sign-in once an owner exists" },
  "/invite/[token]/page": { public: "the invite's token is the credential" },
  "/_not-found/page": { public: "Next.js's 404" },
  "/_global-error/page": { public: "Next.js's last-resort error page" },
};

function statuses(member: number): Record<Caller, number> {
  return { admin: member, creator: member, reviewer: member, "signed out": 401 };
}

type Manifest = Record<string, { filename: string; exportedName: string }>;

function readBuild<T>(file: string): T {
  return JSON.parse(readFileSync(`.next/server/${file}`, "utf8")) as T;
}

test.skip(Boolean(process.env.E2E_BASE_URL), "reads the build's manifests, so it runs against the studio it built");

test("every server action, route handler and page has a row in the authorization tables", () => {
  const actions = Object.values(readBuild<{ node: Manifest }>("server-reference-manifest.json").node).map(
    (entry) => entry.exportedName,
  );
  const paths = Object.keys(readBuild<Record<string, string>>("app-paths-manifest.json"));
  expect(
    actions.filter((name) => !(name in ACTIONS)),
    "actions without a row",
  ).toEqual([]);
  expect(
    paths.filter((path) => path.endsWith("/route") && !(path in ROUTES)),
    "routes without a row",
  ).toEqual([]);
  expect(
    paths.filter((path) => path.endsWith("/page") && !(path in PAGES)),
    "pages without a row",
  ).toEqual([]);
});

for (const caller of CALLERS) {
  test.describe(`as ${caller === "signed out" ? "someone signed out" : caller === "admin" ? "an admin" : `a ${caller}`}`, () => {
    let api: APIRequestContext;
    test.beforeAll(async ({ playwright, baseURL }) => {
      api = await playwright.request.newContext({
        baseURL,
        storageState: caller === "signed out" ? undefined : storageStateFor(caller),
        extraHTTPHeaders: { Origin: baseURL ?? "" },
      });
    });
    test.afterAll(async () => api.dispose());

    test("server actions allow or refuse as the table says", async () => {
      const manifest = readBuild<{ node: Manifest }>("server-reference-manifest.json").node;
      for (const [id, { exportedName }] of Object.entries(manifest)) {
        const row = ACTIONS[exportedName];
        if (!row || "public" in row) continue;
        const result = await callAction(api, id, row.args);
        const refusal =
          caller === "signed out" ? SIGNED_OUT : `Your role (${caller[0]?.toUpperCase()}${caller.slice(1)}) cannot`;
        if (row.rules[caller] === "deny") {
          expect(result.ok, `${exportedName} must refuse`).toBe(false);
          expect(result.message, `${exportedName} refuses for the right reason`).toContain(refusal);
        } else {
          expect(result.message ?? "", `${exportedName} must get past authorization`).not.toMatch(
            /session has ended|Your role \(/,
          );
        }
      }
    });

    test("route handlers answer as the table says", async () => {
      for (const [name, row] of Object.entries(ROUTES)) {
        if ("public" in row) continue;
        const response = await api.fetch(row.path, { method: row.method, maxRedirects: 0 });
        expect(response.status(), `${row.method} ${row.path} (${name})`).toBe(row.expect[caller]);
        if (response.status() === 401) expect((await response.json()).error.code).toBe("unauthorized:signed_out");
      }
    });

    test("pages open or send the caller away as the table says", async () => {
      for (const row of Object.values(PAGES)) {
        if ("public" in row) continue;
        const response = await api.get(row.path, { maxRedirects: 0 });
        const target = await redirectTarget(response);
        if (row.rules[caller] === "allow") {
          // A missing take is the page's own 404, past authorization.
          expect([200, 404], `${row.path} opens`).toContain(response.status());
          expect(target, `${row.path} does not send the caller away`).toBeNull();
        } else {
          expect(target, `${row.path} sends to sign-in`).toContain("/sign-in");
          if (caller === "signed out") expect(response.status(), "signed out: a plain redirect").toBe(307);
          else expect(target).toContain("denied=");
        }
      }
    });
  });
}

/**
 * Where a page sends its caller: a redirect's Location, or, once the page has started streaming, the
 * redirect it streams (Next.js then answers 200 with the target in a meta refresh). Null when it stays.
 */
async function redirectTarget(response: APIResponse): Promise<string | null> {
  if (response.status() >= 300 && response.status() < 400) return response.headers().location ?? "";
  const streamed = /NEXT_REDIRECT;(?:replace|push);([^;]+);30[78];/.exec(await response.text());
  return streamed?.[1] ?? null;
}

/** Calls a server action the way the browser does, and reads its result from the flight response. */
async function callAction(
  api: APIRequestContext,
  id: string,
  args: unknown[],
): Promise<{ ok: boolean; message?: string }> {
  const response = await api.post("/", {
    headers: { "Next-Action": id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  expect(response.status(), `action ${id} answers`).toBe(200);
  const line = (await response.text()).split("\n").find((row) => row.startsWith("1:"));
  if (!line) throw new Error(`action ${id} returned no result row`);
  return JSON.parse(line.slice(2)) as { ok: boolean; message?: string };
}
