import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";

export default function ShotNotFound() {
  return (
    <Card className="mx-auto max-w-lg space-y-3 p-6">
      <h1 className="text-lg font-semibold">This shot is not here</h1>
      <p className="text-sm text-zinc-300">
        Its takes may have been deleted or moved to other shots, or the link is mistyped.
      </p>
      <TextLink href="/gallery?view=shots" className="text-sm">
        Back to the shots
      </TextLink>
    </Card>
  );
}
