export default function TakeLoading() {
  return <output className="block p-8 text-center text-sm text-zinc-400">Loading the take…</output>;
}
