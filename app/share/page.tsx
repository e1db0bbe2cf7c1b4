import type { Metadata } from "next";
import { requireUserForPage } from "@/lib/auth/session";
import { listShareLinks } from "@/lib/db/queries/share-links";
import { getRuntime } from "@/lib/runtime";
import { toShareLinkSummary } from "@/lib/share/link-summary";
import { ShareLinksList } from "./share-links-list";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Share links · Kling Studio" };

/** The links I made (an admin sees everyone's), with Revoke. Links are made from a take's page or the gallery. */
export default async function ShareLinksPage() {
  const user = await requireUserForPage("view", { next: "/share" });
  const { database } = await getRuntime();
  const admin = user.role === "admin";
  const now = new Date();
  const rows = await listShareLinks(database.db, admin ? {} : { createdBy: user.id });
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Share links</h1>
      <p className="text-sm text-zinc-400">
        {admin ? "Every live share link of the team" : "The share links you made"}. Make a new one with Share on a
        take&apos;s page, or select takes in the gallery.
      </p>
      <ShareLinksList
        links={rows.map((row) => toShareLinkSummary(row, user, now))}
        caption={admin ? "All share links" : "Your share links"}
      />
    </div>
  );
}
