export default function Loading() {
  return (
    <p role="status" className="p-8 text-center text-sm text-zinc-400">
      Loading…
    </p>
  );
}
