"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { PASSWORD_MIN } from "@/lib/auth/account.schema";

type State = { result: ActionResult<null> | null; name: string; email: string };

/** Name, email and a password typed twice: the first-run setup and invite acceptance share it. */
export function AccountForm(props: {
  action: (formData: FormData) => Promise<ActionResult<null>>;
  submitLabel: string;
  pendingLabel: string;
}) {
  const [state, formAction, pending] = useActionState(
    async (_previous: State, formData: FormData): Promise<State> => ({
      result: await props.action(formData),
      name: String(formData.get("name") ?? ""),
      email: String(formData.get("email") ?? ""),
    }),
    { result: null, name: "", email: "" },
  );
  const failure = state.result && !state.result.ok ? state.result : undefined;
  const errors = failure?.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <Field label="Name" id="field-name" error={errors.name?.[0]}>
        <Input name="name" autoComplete="name" defaultValue={state.name} required className="w-full" />
      </Field>
      <Field label="Email" id="field-email" error={errors.email?.[0]}>
        <Input name="email" type="email" autoComplete="email" defaultValue={state.email} required className="w-full" />
      </Field>
      <Field
        label="Password"
        id="field-password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        error={errors.password?.[0]}
      >
        <Input name="password" type="password" autoComplete="new-password" required className="w-full" />
      </Field>
      <Field label="Confirm password" id="field-confirmPassword" error={errors.confirmPassword?.[0]}>
        <Input name="confirmPassword" type="password" autoComplete="new-password" required className="w-full" />
      </Field>
      {failure ? <Alert>{failure.message}</Alert> : null}
      <Button type="submit" variant="primary" size="md" disabled={pending} className="w-full">
        {pending ? props.pendingLabel : props.submitLabel}
      </Button>
    </form>
  );
}
