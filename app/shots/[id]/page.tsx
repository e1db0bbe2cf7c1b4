import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { TextLink } from "@/components/ui/text-link";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser, requireUserForPage } from "@/lib/auth/session";
import { getRuntime } from "@/lib/runtime";
import { loadShotPage } from "@/lib/shots/shot-page";
import { ShotScreen } from "./shot-screen";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Signed out, the page redirects to sign-in: its title must not carry the shot's name meanwhile.
  if (!(await getCurrentUser())) return { title: "Kling Studio" };
  const shot = await loadShot((await params).id);
  return { title: `${shot?.name ?? "Shot not found"} · Kling Studio` };
}

export default async function ShotPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUserForPage("view", { next: `/shots/${encodeURIComponent(id)}` });
  const shot = await loadShot(id);
  if (!shot) notFound();
  return (
    <div className="space-y-4">
      <TextLink href="/gallery?view=shots" className="text-sm">
        ← Shots
      </TextLink>
      <ShotScreen
        shot={shot}
        viewer={{ canReview: can(user.role, "review"), canOrganize: can(user.role, "generate") }}
      />
    </div>
  );
}

/** Once per request, though both the title and the page need it. */
const loadShot = cache(async (id: string) => {
  const valid = z.uuid().safeParse(id);
  if (!valid.success) return undefined;
  const { database } = await getRuntime();
  return loadShotPage(database.db, valid.data);
});
