"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { INVITE_EXPIRY_DAYS } from "@/lib/auth/invite-expiry";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import { createInviteAction, revokeInviteAction } from "./actions";

export type InviteView = { id: string; role: Role; createdByName?: string; expiresAt: Date };

type CreatedLink = { url: string; role: Role; expiresAt: Date };

export function InvitePanel(props: { invites: InviteView[] }) {
  const [pending, startTransition] = useTransition();
  const [created, setCreated] = useState<CreatedLink>();
  const [error, setError] = useState<string>();

  const create = (formData: FormData) =>
    startTransition(async () => {
      const result = await createInviteAction({
        role: formData.get("role"),
        expiresInDays: formData.get("expiresInDays"),
      });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setError(undefined);
      const role = ROLES.find((candidate) => candidate === result.data.role) ?? "creator";
      setCreated({
        url: `${result.data.publicOrigin ?? window.location.origin}${result.data.path}`,
        role,
        expiresAt: result.data.expiresAt,
      });
    });

  return (
    <div className="space-y-4">
      <form action={create} className="flex flex-wrap items-end gap-3">
        <div className="space-y-1 text-sm">
          <label htmlFor="invite-role" className="block font-medium">
            Role
          </label>
          <select
            id="invite-role"
            name="role"
            defaultValue="creator"
            className="rounded-md border border-line bg-ink px-2 py-1.5"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]} — {ROLE_DESCRIPTIONS[role]}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1 text-sm">
          <label htmlFor="invite-expiry" className="block font-medium">
            Expires after
          </label>
          <select
            id="invite-expiry"
            name="expiresInDays"
            defaultValue="7"
            className="rounded-md border border-line bg-ink px-2 py-1.5"
          >
            {INVITE_EXPIRY_DAYS.map((days) => (
              <option key={days} value={days}>
                {days === 1 ? "1 day" : `${days} days`}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
        >
          {pending ? "Creating…" : "Create invite link"}
        </button>
      </form>
      {error ? (
        <p role="alert" className="text-sm text-red-400">
          {error}
        </p>
      ) : null}
      {created ? <CreatedInvite link={created} /> : null}
      <PendingInvites invites={props.invites} />
    </div>
  );
}

function CreatedInvite({ link }: { link: CreatedLink }) {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.url);
      toast.success("Invite link copied.");
    } catch {
      toast.error("Could not copy; select the link and copy it yourself.");
    }
  };
  return (
    <div role="status" className="space-y-2 rounded-md border border-accent/60 bg-accent/10 p-3 text-sm">
      <p>
        Invite link for a new <strong>{ROLE_LABELS[link.role]}</strong>. Send it to one person: it works once, until{" "}
        {formatDate(link.expiresAt)}. It is shown only now.
      </p>
      <div className="flex gap-2">
        <input
          readOnly
          aria-label={`Invite link for a ${ROLE_LABELS[link.role]}`}
          value={link.url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-line bg-ink px-2 py-1 font-mono text-xs"
        />
        <button type="button" onClick={copy} className="rounded-md border border-line px-2 py-1 text-xs">
          Copy
        </button>
      </div>
    </div>
  );
}

function PendingInvites(props: { invites: InviteView[] }) {
  const [pending, startTransition] = useTransition();
  if (props.invites.length === 0) return <p className="text-sm text-zinc-400">No pending invites.</p>;
  const revoke = (invite: InviteView) =>
    startTransition(async () => {
      const result = await revokeInviteAction({ inviteId: invite.id });
      if (result.ok) toast.success(`The ${ROLE_LABELS[invite.role]} invite was revoked.`);
      else toast.error(result.message);
    });
  return (
    <table className="w-full text-left text-sm">
      <caption className="pb-2 text-left text-xs uppercase tracking-wide text-zinc-400">Pending invites</caption>
      <tbody className="divide-y divide-line">
        {props.invites.map((invite) => (
          <tr key={invite.id}>
            <td className="py-2 pr-3">{ROLE_LABELS[invite.role]}</td>
            <td className="py-2 pr-3 text-zinc-400">{invite.createdByName ? `by ${invite.createdByName}` : ""}</td>
            <td className="py-2 pr-3 text-zinc-400">expires {formatDate(invite.expiresAt)}</td>
            <td className="py-2 text-right">
              <button
                type="button"
                disabled={pending}
                onClick={() => revoke(invite)}
                aria-label={`Revoke the ${ROLE_LABELS[invite.role]} invite expiring ${formatDate(invite.expiresAt)}`}
                className="rounded-md border border-line px-2 py-1 text-xs text-zinc-300 hover:text-white"
              >
                Revoke
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function formatDate(date: Date): string {
  return `${date.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
}
