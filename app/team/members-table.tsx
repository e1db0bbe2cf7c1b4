"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
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
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Members</caption>
      <thead className="text-xs uppercase tracking-wide text-zinc-400">
        <tr>
          <th scope="col" className="py-2 font-medium">
            Member
          </th>
          <th scope="col" className="py-2 font-medium">
            Role
          </th>
          <th scope="col" className="py-2 font-medium">
            Joined
          </th>
          <th scope="col" className="py-2 font-medium">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {props.members.map((member) => (
          <MemberRow key={member.id} member={member} />
        ))}
      </tbody>
    </table>
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
      setConfirming(false);
    });

  return (
    <tr aria-busy={pending || undefined}>
      <td className="py-2 pr-3">
        <div className="font-medium text-white">
          {member.name}
          {member.isOwner ? <Badge>Owner</Badge> : null}
          {member.isYou ? <Badge>You</Badge> : null}
        </div>
        <div className="text-xs text-zinc-400">{member.email}</div>
      </td>
      <td className="py-2 pr-3">
        {locked ? (
          <span>{ROLE_LABELS[member.role]}</span>
        ) : (
          <select
            aria-label={`Role of ${member.name}`}
            value={member.role}
            disabled={pending}
            onChange={(event) => {
              const role = ROLES.find((candidate) => candidate === event.target.value);
              if (role) changeRole(role);
            }}
            className="rounded-md border border-line bg-ink px-2 py-1"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        )}
      </td>
      <td className="py-2 pr-3 text-zinc-400">
        {member.joinedAt.toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" })}
      </td>
      <td className="py-2 text-right">
        {locked ? null : confirming ? (
          <span className="inline-flex items-center gap-2">
            <span className="text-xs text-zinc-300">Remove {member.name}?</span>
            <button
              type="button"
              onClick={remove}
              disabled={pending}
              className="rounded-md bg-red-700 px-2 py-1 text-xs text-white"
            >
              Yes, remove
            </button>
            <button
              type="button"
              onClick={() => setConfirming(false)}
              className="rounded-md border border-line px-2 py-1 text-xs"
            >
              Cancel
            </button>
          </span>
        ) : (
          <button
            type="button"
            onClick={() => setConfirming(true)}
            aria-label={`Remove ${member.name}`}
            className="rounded-md border border-line px-2 py-1 text-xs text-zinc-300 hover:border-red-700 hover:text-white"
          >
            Remove
          </button>
        )}
      </td>
    </tr>
  );
}

function Badge(props: { children: string }) {
  return (
    <span className="ml-2 rounded bg-line px-1.5 py-0.5 text-[10px] uppercase tracking-wide text-zinc-300">
      {props.children}
    </span>
  );
}

function article(role: Role): string {
  return role === "admin" ? "an" : "a";
}
