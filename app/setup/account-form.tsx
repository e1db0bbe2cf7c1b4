"use client";

import { useActionState } from "react";
import { primaryButtonClass, TextField } from "@/app/sign-in/text-field";
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
      <TextField name="name" label="Name" autoComplete="name" defaultValue={state.name} errors={errors.name} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={state.email}
        errors={errors.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        errors={errors.password}
      />
      <TextField
        name="confirmPassword"
        label="Confirm password"
        type="password"
        autoComplete="new-password"
        errors={errors.confirmPassword}
      />
      {failure ? (
        <p role="alert" className="rounded-md border border-red-900 bg-red-950/40 px-3 py-2 text-sm text-red-200">
          {failure.message}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? props.pendingLabel : props.submitLabel}
      </button>
    </form>
  );
}
