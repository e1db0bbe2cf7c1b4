import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { requireUserForPage } from "@/lib/auth/session";
import { getTakesByIds } from "@/lib/db/queries/takes";
import { loadCommentMarks } from "@/lib/review/comment-marks";
import { getRuntime } from "@/lib/runtime";
import { toTakeView } from "@/lib/takes/to-view";
import { parseCompareIds } from "./compare-ids";
import { ComparePlayer } from "./compare-player";
import { compareRows } from "./compare-rows";
import { CompareSettings } from "./compare-settings";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare takes · Kling Studio" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 2–4 ready takes side by side under one transport, then their settings with the differences marked. */
export default async function ComparePage({ searchParams }: Props) {
  const raw = (await searchParams).ids;
  const next = `/compare?ids=${encodeURIComponent(Array.isArray(raw) ? raw.join(",") : (raw ?? ""))}`;
  await requireUserForPage("view", { next });
  const parsed = parseCompareIds(raw);
  if (!parsed.ok) return <CannotCompare message={parsed.message} />;

  const { database } = await getRuntime();
  const rows = await getTakesByIds(database.db, parsed.ids);
  const byId = new Map(rows.filter((row) => !row.deletedAt).map((row) => [row.id, row]));
  const missing = parsed.ids.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    return (
      <CannotCompare
        message={`${missing.length === 1 ? "One of the takes" : `${missing.length} of the takes`} could not be found: deleted, or the link is mistyped.`}
      />
    );
  }
  const takes = parsed.ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toTakeView(row)] : [];
  });
  const notReady = takes.filter((take) => take.status !== "ready" || !take.videoUrl);
  if (notReady.length > 0) {
    return (
      <CannotCompare
        message={`Only ready takes can be compared: ${notReady.map((take) => `“${excerpt(take.params.prompt)}”`).join(", ")} ${notReady.length === 1 ? "has" : "have"} no video${notReady.some((take) => take.status === "failed") ? "" : " yet"}.`}
      />
    );
  }

  const marks = await loadCommentMarks(
    database.db,
    takes.map((take) => take.id),
  );

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">Compare {takes.length} takes</h1>
        <TextLink href={`/gallery?select=${takes[0].id}`} className="text-sm">
          Choose other takes
        </TextLink>
      </div>
      <ComparePlayer
        takes={takes.map((take) => ({
          id: take.id,
          prompt: take.params.prompt,
          videoUrl: take.videoUrl ?? "",
          posterUrl: take.posterUrl,
          aspectRatio: take.params.aspect_ratio,
          durationMs: take.videoDurationMs ?? Number(take.params.duration) * 1000,
          cameraCheck: take.cameraCheck,
          fps: byId.get(take.id)?.videoFps ?? null,
          marks: marks.get(take.id) ?? [],
        }))}
      />
      <CompareSettings rows={compareRows(takes)} takeIds={takes.map((take) => take.id)} />
    </div>
  );
}

function CannotCompare({ message }: { message: string }) {
  return (
    <Card className="mx-auto max-w-lg space-y-3 p-6">
      <h1 className="text-lg font-semibold">Cannot compare these takes</h1>
      <Alert>{message}</Alert>
      <TextLink href="/gallery?select" className="text-sm">
        Select takes in the gallery
      </TextLink>
    </Card>
  );
}

function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
