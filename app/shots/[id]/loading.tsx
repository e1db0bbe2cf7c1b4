export default function ShotLoading() {
  return <output className="block p-8 text-center text-sm text-zinc-400">Loading the shot…</output>;
}
