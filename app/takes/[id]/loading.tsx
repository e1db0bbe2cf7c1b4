export default function TakeLoading() {
  return (
    <p role="status" className="p-8 text-center text-sm text-zinc-400">
      Loading the take…
    </p>
  );
}
