import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";

export default function TakeNotFound() {
  return (
    <Card className="mx-auto max-w-lg space-y-3 p-6">
      <h1 className="text-lg font-semibold">This take is not here</h1>
      <p className="text-sm text-zinc-300">It may have been deleted, or the link is mistyped.</p>
      <TextLink href="/gallery" className="text-sm">
        Back to the gallery
      </TextLink>
    </Card>
  );
}
