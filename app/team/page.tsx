import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireUserForPage } from "@/lib/auth/session";
import { listPendingInvites } from "@/lib/db/queries/invites";
import { listUsers } from "@/lib/db/queries/users";
import { getRuntime } from "@/lib/runtime";
import { monthLabel } from "@/lib/spending/month";
import { getSpendingSummary } from "@/lib/spending/summary";
import { InvitePanel, type InviteView } from "./invite-panel";
import { MembersTable, type MemberView } from "./members-table";
import { SpendingPanel, type SpendingView } from "./spending-panel";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Team · Kling Studio" };

export default async function TeamPage() {
  const user = await requireUserForPage("manage_team", { next: "/team" });
  const runtime = await getRuntime();
  const db = runtime.database.db;
  const now = new Date();
  const [users, invites, summary] = await Promise.all([
    listUsers(db),
    listPendingInvites(db, now),
    getSpendingSummary(db, { now }),
  ]);
  const names = new Map(users.map((member) => [member.id, member.name]));

  const members: MemberView[] = users.map((member) => ({
    id: member.id,
    name: member.name,
    email: member.email,
    role: member.role,
    isOwner: member.isOwner,
    isYou: member.id === user.id,
    joinedAt: member.createdAt,
  }));
  const pending: InviteView[] = invites.map((invite) => ({
    id: invite.id,
    role: invite.role,
    createdByName: invite.createdBy ? names.get(invite.createdBy) : undefined,
    expiresAt: invite.expiresAt,
  }));
  const spending: SpendingView = {
    monthLabel: monthLabel(summary.month),
    capUnits: summary.capUnits,
    teamUnits: summary.teamUnits,
    teamUsd: summary.teamUsd,
    remainingUnits: summary.remainingUnits,
    members: summary.members.map((entry) => ({
      key: entry.createdBy,
      name: entry.name ?? (entry.createdBy === "studio" ? "Before accounts" : "Former member"),
      units: entry.units,
      usd: entry.usd,
    })),
  };

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <h1 className="text-2xl font-semibold">Team</h1>
      <Section title="Spending">
        <SpendingPanel spending={spending} canEditCap={can(user.role, "manage_settings")} />
      </Section>
      <Section title="Members">
        <MembersTable members={members} />
      </Section>
      <Section title="Invite links">
        <InvitePanel invites={pending} />
      </Section>
    </div>
  );
}

function Section(props: { title: string; children: ReactNode }) {
  const id = `section-${props.title.toLowerCase().replace(/\s+/g, "-")}`;
  return (
    <Card as="section" aria-labelledby={id} className="space-y-3 p-5">
      <h2 id={id} className="text-lg font-semibold">
        {props.title}
      </h2>
      {props.children}
    </Card>
  );
}
