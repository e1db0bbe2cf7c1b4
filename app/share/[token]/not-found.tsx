import { Card } from "@/components/ui/card";

export default function ShareNotFound() {
  return (
    <Card className="mx-auto max-w-lg space-y-3 p-6">
      <h1 className="text-lg font-semibold">This link is not available</h1>
      <p className="text-sm text-zinc-300">
        It may have expired or been revoked, or it was not copied whole. Ask the person who sent it for a new link.
      </p>
    </Card>
  );
}
