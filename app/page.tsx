import { listGenerations } from "@/lib/db/queries/generations";
import { toGenerationView } from "@/lib/generations/to-view";
import { getRuntime } from "@/lib/runtime";
import { Studio } from "./studio";

export const dynamic = "force-dynamic";

export default async function StudioPage() {
  const runtime = await getRuntime();
  const { items } = await listGenerations(runtime.database.db, { limit: 6 });
  return <Studio recent={items.map(toGenerationView)} />;
}
