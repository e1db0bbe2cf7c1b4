import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { TextLink } from "@/components/ui/text-link";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser, requireUserForPage } from "@/lib/auth/session";
import { getVisibleTake } from "@/lib/db/queries/takes";
import { ensureVideoFps } from "@/lib/media/video-fps";
import { loadTakeReview } from "@/lib/review/take-review";
import { getRuntime } from "@/lib/runtime";
import { withEstimates } from "@/lib/takes/estimates";
import { toTakeView } from "@/lib/takes/to-view";
import { takeRecordOf } from "./take-record";
import { TakeScreen } from "./take-screen";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Signed out, the page redirects to sign-in: its title must not carry the prompt meanwhile.
  if (!(await getCurrentUser())) return { title: "Kling Studio" };
  const take = await loadTake((await params).id);
  const prompt = take?.prompt ?? "Take not found";
  return { title: `${prompt.length > 50 ? `${prompt.slice(0, 47)}…` : prompt} · Kling Studio` };
}

export default async function TakePage({ params }: Props) {
  const { id } = await params;
  const user = await requireUserForPage("view", { next: `/takes/${encodeURIComponent(id)}` });
  const take = await loadTake(id);
  if (!take) notFound();
  const { database, storage } = await getRuntime();
  // Takes stored before frame rates were read at download get theirs here, once.
  const videoFps = await ensureVideoFps(database.db, { take, storage });
  const [[view], review] = await Promise.all([
    withEstimates(database.db, [toTakeView(take)]),
    loadTakeReview(database.db, { take: { ...take, videoFps }, viewerId: user.id }),
  ]);
  return (
    <div className="space-y-4">
      <TextLink href="/gallery" className="text-sm">
        ← Gallery
      </TextLink>
      <TakeScreen
        initial={view}
        record={takeRecordOf(take)}
        review={review}
        viewer={{ id: user.id, canReview: can(user.role, "review") }}
      />
    </div>
  );
}

/** Once per request, though both the title and the page need it. */
const loadTake = cache(async (id: string) => {
  const valid = z.uuid().safeParse(id);
  if (!valid.success) return undefined;
  const { database } = await getRuntime();
  return getVisibleTake(database.db, valid.data);
});
