/** A labelled input with its validation message, for the account pages' forms. */
export function TextField(props: {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  defaultValue?: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
}) {
  const id = `field-${props.name}`;
  const error = props.errors?.[0];
  const described = [props.hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {props.label}
      </label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete}
        defaultValue={props.defaultValue}
        required={props.required ?? true}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        className="w-full rounded-md border border-line bg-ink px-3 py-2 text-sm aria-[invalid=true]:border-red-500"
      />
      {props.hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-400">
          {props.hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export const primaryButtonClass =
  "w-full rounded-md bg-accent px-3 py-2 text-sm font-medium text-white hover:brightness-110 disabled:opacity-60";
export const cardClass = "mx-auto max-w-md space-y-5 rounded-lg border border-line bg-panel p-6";
