"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { unlockShareLinkAction } from "./actions";

/** The only thing a locked share page offers: the passphrase, checked on the server. */
export function PassphraseForm({ token }: { token: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();

  const unlock = (formData: FormData) =>
    startTransition(async () => {
      const result = await unlockShareLinkAction({ token, passphrase: formData.get("passphrase") ?? "" });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setError(undefined);
      // The unlock cookie is set: the server now renders the takes.
      router.refresh();
    });

  return (
    <Card>
      <form action={unlock} className="space-y-3" noValidate>
        <Field
          label="Passphrase"
          error={error}
          hint="The person who sent you this link has it; ask them if you do not."
        >
          <Input
            name="passphrase"
            type="password"
            autoComplete="off"
            maxLength={128}
            required
            controlSize="md"
            className="w-full"
          />
        </Field>
        <div className="flex justify-end">
          <Button type="submit" variant="primary" disabled={pending}>
            {pending ? "Checking…" : "Open the link"}
          </Button>
        </div>
      </form>
    </Card>
  );
}
