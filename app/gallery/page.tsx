import type { Metadata } from "next";
import { listGenerations } from "@/lib/db/queries/generations";
import { toGenerationView } from "@/lib/generations/to-view";
import { getRuntime } from "@/lib/runtime";
import { Gallery } from "./gallery";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Gallery · Kling Studio" };

export default async function GalleryPage() {
  const runtime = await getRuntime();
  const { items } = await listGenerations(runtime.database.db, { limit: 60 });
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Gallery</h1>
      <Gallery initial={items.map(toGenerationView)} />
    </div>
  );
}
