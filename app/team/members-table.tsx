"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Select } from "@/components/ui/field";
import { Table } from "@/components/ui/table";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import { changeMemberRoleAction, removeMemberAction } from "./actions";

export type MemberView = {
  id: string;
  name: string;
  email: string;
  role: Role;
  isOwner: boolean;
  isYou: boolean;
  joinedAt: Date;
};

export function MembersTable(props: { members: MemberView[] }) {
  return (
    <Table caption="Members" captionHidden columns={["Member", "Role", "Joined", { label: "Actions", hidden: true }]}>
      {props.members.map((member) => (
        <MemberRow key={member.id} member={member} />
      ))}
    </Table>
  );
}

function MemberRow({ member }: { member: MemberView }) {
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  // Neither the owner nor you: see lib/auth/members.ts for why.
  const locked = member.isOwner || member.isYou;

  const changeRole = (role: Role) =>
    startTransition(async () => {
      const result = await changeMemberRoleAction({ userId: member.id, role });
      if (result.ok) toast.success(`${member.name} is now ${article(role)} ${ROLE_LABELS[role]}.`);
      else toast.error(result.message);
    });

  const remove = () =>
    startTransition(async () => {
      const result = await removeMemberAction({ userId: member.id });
      if (result.ok) toast.success(`${member.name} was removed from the team.`);
      else toast.error(result.message);
    });

  return (
    <tr aria-busy={pending || undefined}>
      <td className="py-2 pr-3">
        <div className="font-medium text-white">
          {member.name}
          {member.isOwner ? <PersonBadge>Owner</PersonBadge> : null}
          {member.isYou ? <PersonBadge>You</PersonBadge> : null}
        </div>
        <div className="text-xs text-zinc-400">{member.email}</div>
      </td>
      <td className="py-2 pr-3">
        {locked ? (
          <span>{ROLE_LABELS[member.role]}</span>
        ) : (
          <Select
            controlSize="sm"
            aria-label={`Role of ${member.name}`}
            value={member.role}
            disabled={pending}
            onChange={(event) => {
              const role = ROLES.find((candidate) => candidate === event.target.value);
              if (role) changeRole(role);
            }}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </Select>
        )}
      </td>
      <td className="py-2 pr-3 text-zinc-400">
        {member.joinedAt.toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" })}
      </td>
      <td className="py-2 text-right">
        {locked ? null : (
          <>
            <Button
              variant="dangerOutline"
              size="xs"
              onClick={() => setConfirming(true)}
              disabled={pending}
              aria-label={`Remove ${member.name}`}
            >
              Remove
            </Button>
            <ConfirmDialog
              open={confirming}
              title={`Remove ${member.name}?`}
              body={`${member.name}’s account and sessions are deleted at once. Their takes stay with the team; their review decisions go with the account.`}
              confirmLabel="Yes, remove"
              cancelLabel="Cancel"
              onConfirm={() => {
                setConfirming(false);
                remove();
              }}
              onCancel={() => setConfirming(false)}
            />
          </>
        )}
      </td>
    </tr>
  );
}

function PersonBadge(props: { children: string }) {
  return (
    <Badge className="ml-2 bg-line px-1.5 text-[10px] font-normal uppercase tracking-wide text-zinc-300">
      {props.children}
    </Badge>
  );
}

function article(role: Role): string {
  return role === "admin" ? "an" : "a";
}
