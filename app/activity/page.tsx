import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { requireUserForPage } from "@/lib/auth/session";
import { ACTIVITY_KINDS } from "@/lib/db/review-schema";
import { getRuntime } from "@/lib/runtime";
import { ActivityFeed } from "./activity-feed";
import { ACTIVITY_KIND_LABELS, isActivityKind } from "./activity-item";
import { loadActivityPage } from "./load-activity";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Activity · Kling Studio" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Who did what to which take, newest first; `?kind=` narrows it to one kind of event. */
export default async function ActivityPage({ searchParams }: Props) {
  const raw = (await searchParams).kind;
  const kind = isActivityKind(raw) ? raw : undefined;
  await requireUserForPage("view", { next: kind ? `/activity?kind=${kind}` : "/activity" });
  const { database } = await getRuntime();
  const page = await loadActivityPage(database.db, { kind });
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Activity</h1>
      <nav aria-label="Filter activity" className="flex flex-wrap gap-2 text-sm">
        <FilterLink href="/activity" current={!kind}>
          All
        </FilterLink>
        {ACTIVITY_KINDS.map((value) => (
          <FilterLink key={value} href={`/activity?kind=${value}`} current={kind === value}>
            {ACTIVITY_KIND_LABELS[value]}
          </FilterLink>
        ))}
      </nav>
      {raw !== undefined && !kind ? (
        <Alert tone="warning">There is no activity kind “{String(raw)}”; showing everything.</Alert>
      ) : null}
      {/* A new filter is a new feed, with its own pages. */}
      <ActivityFeed key={kind ?? "all"} initial={page.items} nextCursor={page.nextCursor} kind={kind} />
    </div>
  );
}

function FilterLink(props: { href: string; current: boolean; children: string }) {
  return (
    <Link
      href={props.href}
      aria-current={props.current ? "page" : undefined}
      className={cn(
        "rounded-full border px-3 py-1",
        props.current ? "border-accent bg-accent/20 text-white" : "border-line text-zinc-300 hover:text-white",
      )}
    >
      {props.children}
    </Link>
  );
}
