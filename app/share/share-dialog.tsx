"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Checkbox, Field, Input, Select } from "@/components/ui/field";
import { PASSPHRASE_MAX, PASSPHRASE_MIN, SHARE_EXPIRY_CHOICES } from "@/lib/share/share-link.schema";
import { createShareLinkAction } from "./actions";

type Created = {
  url: string;
  expiresAt: string | null;
  takeCount: number;
  hasPassphrase: boolean;
  allowDownload: boolean;
};

/** What is shared: chosen takes, or a whole shot (its takes as they are when the link is made). */
export type ShareTarget = { takeIds: string[] } | { shot: { id: string; name: string } };

/**
 * Making a share link for one take, a selection or a whole shot: optional title, expiry, passphrase and
 * whether viewers may download, then the link, shown once (only its hash is stored) with a Copy button.
 * Closing forgets the link, the passphrase and any error, so the next opening starts afresh.
 */
export function ShareDialog(props: ShareTarget & { open: boolean; onClose: () => void; onCreated?: () => void }) {
  const { open, onClose, onCreated } = props;
  const target = "shot" in props ? { shotId: props.shot.id } : { takeIds: props.takeIds };
  const [pending, startTransition] = useTransition();
  const [created, setCreated] = useState<Created>();
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  const close = () => {
    setCreated(undefined);
    setError(undefined);
    setFieldErrors({});
    onClose();
  };

  const create = (formData: FormData) =>
    startTransition(async () => {
      const result = await createShareLinkAction({
        ...target,
        title: formData.get("title") ?? "",
        expiry: formData.get("expiry"),
        passphrase: formData.get("passphrase") ?? "",
        allowDownload: formData.get("allowDownload") === "on",
      });
      if (!result.ok) {
        setError(result.message);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setError(undefined);
      setFieldErrors({});
      setCreated({
        url: `${result.data.publicOrigin ?? window.location.origin}${result.data.path}`,
        expiresAt: result.data.expiresAt,
        takeCount: result.data.takeCount,
        hasPassphrase: result.data.hasPassphrase,
        allowDownload: result.data.allowDownload,
      });
      onCreated?.();
    });

  const what =
    "shot" in props
      ? `the shot “${props.shot.name}”`
      : props.takeIds.length === 1
        ? "this take"
        : `${props.takeIds.length} takes`;
  return (
    <Dialog
      open={open}
      onClose={close}
      title={`Share ${what}`}
      description={
        created
          ? undefined
          : `Anyone with the link (and the passphrase, if you set one) can watch ${what} without signing in, with the comments approved for sharing. Prompts, settings and other comments stay private.`
      }
    >
      {created ? (
        <>
          <CreatedLink link={created} />
          <div className="flex justify-end">
            <Button onClick={close}>Done</Button>
          </div>
        </>
      ) : (
        <form
          // Not `action`: React resets a form after its action, and a refused link must keep what was typed.
          onSubmit={(event) => {
            event.preventDefault();
            create(new FormData(event.currentTarget));
          }}
          className="space-y-3"
          noValidate
        >
          <Field
            label="Title (optional)"
            error={fieldErrors.title?.[0]}
            hint={"shot" in props ? "Left empty, the link is titled after the shot." : undefined}
          >
            <Input
              name="title"
              maxLength={120}
              placeholder={"shot" in props ? props.shot.name : undefined}
              controlSize="md"
              className="w-full"
            />
          </Field>
          <Field label="Expires">
            <Select name="expiry" defaultValue="7" controlSize="md">
              {SHARE_EXPIRY_CHOICES.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.value === "never" ? "Never" : `After ${choice.label}`}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label="Passphrase (optional)"
            error={fieldErrors.passphrase?.[0]}
            hint={`${PASSPHRASE_MIN} to ${PASSPHRASE_MAX} characters. Viewers must enter it before they see anything; send it to them apart from the link. It cannot be shown again.`}
          >
            <Input
              name="passphrase"
              type="text"
              autoComplete="off"
              spellCheck={false}
              maxLength={PASSPHRASE_MAX}
              controlSize="md"
              className="w-full font-mono"
            />
          </Field>
          <Checkbox name="allowDownload" defaultChecked label="Allow download (viewers can save the MP4)" />
          {error && ![fieldErrors.title?.[0], fieldErrors.passphrase?.[0]].includes(error) ? (
            <Alert>{error}</Alert>
          ) : null}
          <div className="flex justify-end gap-2">
            <Button onClick={close}>Cancel</Button>
            <Button type="submit" variant="primary" disabled={pending}>
              {pending ? "Creating link…" : "Create link"}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

function CreatedLink({ link }: { link: Created }) {
  const input = useRef<HTMLInputElement>(null);
  // The link replaces the form: the keyboard lands on it, ready to copy.
  useEffect(() => input.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.url);
      toast.success("Share link copied.");
    } catch {
      toast.error("Could not copy; select the link and copy it yourself.");
    }
  };
  return (
    <Alert tone="info" className="space-y-2 p-3">
      <p>
        Link for {link.takeCount === 1 ? "1 take" : `${link.takeCount} takes`},{" "}
        {link.expiresAt ? `working until ${formatDate(link.expiresAt)}` : "working until it is revoked"}
        {link.hasPassphrase ? ", opening only with the passphrase" : ""}
        {link.allowDownload ? "" : ", with downloads off"}. It is shown only now: copy it before closing.
      </p>
      <div className="flex gap-2">
        <Input
          ref={input}
          readOnly
          aria-label="Share link"
          value={link.url}
          onFocus={(event) => event.currentTarget.select()}
          controlSize="sm"
          className="min-w-0 flex-1 font-mono text-xs"
        />
        <Button size="xs" onClick={copy}>
          Copy link
        </Button>
      </div>
    </Alert>
  );
}

export function formatDate(iso: string): string {
  return `${new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
}
