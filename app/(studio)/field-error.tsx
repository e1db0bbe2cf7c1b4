/** A field's validation message, announced when it appears. */
export function FieldError(props: { id?: string; message?: string }) {
  return (
    <p id={props.id} role="alert" className="min-h-0 text-xs text-red-400 empty:hidden">
      {props.message}
    </p>
  );
}
