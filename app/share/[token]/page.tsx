import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EmptyState } from "@/components/ui/card";
import { getRuntime } from "@/lib/runtime";
import { SHARE_UNLOCK_COOKIE } from "@/lib/share/passphrase";
import { loadSharePage } from "@/lib/share/share-page";
import { PassphraseForm } from "./passphrase-form";
import { SharedTake } from "./shared-take";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

// Not for search engines, and the token must not travel on in a Referer header.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadPage((await params).token);
  return {
    title: page?.title ? `${page.title} · Shared takes` : "Shared takes",
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

/**
 * A share link's public page: works signed out. Shows the title, the videos and the comments approved
 * for sharing (plain text), nothing else; a link with a passphrase shows only its title and the
 * passphrase form until the visitor has unlocked it. Unknown, revoked and expired links are all simply
 * "not found".
 */
export default async function SharePage({ params }: Props) {
  const { token } = await params;
  const page = await loadPage(token);
  if (!page) notFound();
  if (page.locked) {
    return (
      <article aria-labelledby="share-heading" className="mx-auto max-w-md space-y-4">
        <header className="space-y-1">
          <h1 id="share-heading" className="text-xl font-semibold break-words">
            {page.title || "Shared takes"}
          </h1>
          <p className="text-sm text-zinc-400">This link asks for a passphrase. Enter it to watch.</p>
        </header>
        <PassphraseForm token={token} />
      </article>
    );
  }
  return (
    <article aria-labelledby="share-heading" className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-1">
        <h1 id="share-heading" className="text-xl font-semibold break-words">
          {page.title || (page.takes.length === 1 ? "Shared take" : "Shared takes")}
        </h1>
        <p className="text-sm text-zinc-400">
          {page.takes.length === 1 ? "1 take" : `${page.takes.length} takes`} shared from Kling Studio
          {page.expiresAt ? ` · this link works until ${page.expiresAt.toUTCString()}` : ""}.
        </p>
      </header>
      {page.takes.length === 0 ? (
        <EmptyState>The takes of this link are no longer available.</EmptyState>
      ) : (
        page.takes.map((take, index) => (
          <SharedTake key={take.id} take={take} label={page.takes.length === 1 ? "Take" : `Take ${index + 1}`} />
        ))
      )}
    </article>
  );
}

const loadPage = cache(async (token: string) => {
  const { database, secret } = await getRuntime();
  const cookie = (await cookies()).get(SHARE_UNLOCK_COOKIE)?.value;
  return loadSharePage(database.db, token, { cookie, secret });
});
