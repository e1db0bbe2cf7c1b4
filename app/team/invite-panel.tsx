"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { INVITE_EXPIRY_DAYS } from "@/lib/auth/invite-expiry";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import { createInviteAction, revokeInviteAction } from "./actions";

export type InviteView = { id: string; role: Role; createdByName?: string; expiresAt: Date };

type CreatedLink = { url: string; role: Role; expiresAt: Date };

export function InvitePanel(props: { invites: InviteView[] }) {
  const [pending, startTransition] = useTransition();
  const [created, setCreated] = useState<CreatedLink>();
  const [error, setError] = useState<string>();
  // Held here, not left to the form: a form action resets its fields when it settles, which would undo a
  // role chosen for the next link while this one was on its way.
  const [role, setRole] = useState<Role>("creator");
  const [expiry, setExpiry] = useState("7");

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
      const invited = ROLES.find((candidate) => candidate === result.data.role) ?? "creator";
      setCreated({
        url: `${result.data.publicOrigin ?? window.location.origin}${result.data.path}`,
        role: invited,
        expiresAt: result.data.expiresAt,
      });
    });

  return (
    <div className="space-y-4">
      <form action={create} className="flex flex-wrap items-end gap-3">
        <Field label="Role" id="invite-role" className="max-w-full">
          <Select
            name="role"
            value={role}
            onChange={(event) => setRole(ROLES.find((candidate) => candidate === event.target.value) ?? "creator")}
            controlSize="md"
            className="max-w-full"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]} — {ROLE_DESCRIPTIONS[role]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Expires after" id="invite-expiry">
          <Select
            name="expiresInDays"
            value={expiry}
            onChange={(event) => setExpiry(event.target.value)}
            controlSize="md"
          >
            {INVITE_EXPIRY_DAYS.map((days) => (
              <option key={days} value={days}>
                {days === 1 ? "1 day" : `${days} days`}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Creating…" : "Create invite link"}
        </Button>
      </form>
      {error ? <Alert>{error}</Alert> : null}
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
    <Alert tone="info" className="space-y-2 p-3">
      <p>
        Invite link for a new <strong>{ROLE_LABELS[link.role]}</strong>. Send it to one person: it works once, until{" "}
        {formatDate(link.expiresAt)}. It is shown only now.
      </p>
      <div className="flex gap-2">
        <Input
          readOnly
          aria-label={`Invite link for a ${ROLE_LABELS[link.role]}`}
          value={link.url}
          onFocus={(event) => event.currentTarget.select()}
          controlSize="sm"
          className="min-w-0 flex-1 font-mono text-xs"
        />
        <Button size="xs" onClick={copy}>
          Copy
        </Button>
      </div>
    </Alert>
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
    <table className="stack-rows w-full text-left text-sm">
      <caption className="pb-2 text-left text-xs uppercase tracking-wide text-zinc-400">Pending invites</caption>
      <tbody className="divide-y divide-line">
        {props.invites.map((invite) => (
          <tr key={invite.id}>
            <td className="py-2 pr-3">{ROLE_LABELS[invite.role]}</td>
            <td className="py-2 pr-3 text-zinc-400">{invite.createdByName ? `by ${invite.createdByName}` : ""}</td>
            <td className="py-2 pr-3 text-zinc-400">expires {formatDate(invite.expiresAt)}</td>
            <td className="py-2 text-right">
              <Button
                size="xs"
                disabled={pending}
                onClick={() => revoke(invite)}
                aria-label={`Revoke the ${ROLE_LABELS[invite.role]} invite expiring ${formatDate(invite.expiresAt)}`}
                className="text-zinc-300 hover:text-white"
              >
                Revoke
              </Button>
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
