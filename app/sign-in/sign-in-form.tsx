"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { signInAction } from "./actions";
import { primaryButtonClass, TextField } from "./text-field";

type State = { result: ActionResult<null> | null; email: string };

export function SignInForm(props: { next: string }) {
  const [state, formAction, pending] = useActionState(
    async (_previous: State, formData: FormData): Promise<State> => ({
      result: await signInAction(formData),
      email: String(formData.get("email") ?? ""),
    }),
    { result: null, email: "" },
  );
  const failure = state.result && !state.result.ok ? state.result : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={props.next} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={state.email}
        errors={failure?.fieldErrors?.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        errors={failure?.fieldErrors?.password}
      />
      {failure ? (
        <p role="alert" className="rounded-md border border-red-900 bg-red-950/40 px-3 py-2 text-sm text-red-200">
          {failure.message}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
