-- Shots: every take becomes a sibling in a shot. Existing takes are grouped as they were made: a batch
-- (variations or a sweep) is one shot, any other take a shot of one, named after its prompt's first words.
CREATE TABLE "shots" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"circled_take_id" text,
	"circled_by" text,
	"circled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE FUNCTION "shot_name_from_prompt"(prompt text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(
    nullif(left(array_to_string((regexp_split_to_array(btrim(prompt), '\s+'))[1:6], ' '), 60), ''),
    'Untitled shot'
  )
$$;
--> statement-breakpoint
ALTER TABLE "takes" ADD COLUMN "shot_id" text;
--> statement-breakpoint
INSERT INTO "shots" ("id", "name", "created_at", "created_by")
SELECT DISTINCT ON (coalesce("batch_id", "id"))
  coalesce("batch_id", "id"), shot_name_from_prompt("prompt"), "created_at", "created_by"
FROM "takes"
ORDER BY coalesce("batch_id", "id"), "created_at", "id";
--> statement-breakpoint
UPDATE "takes" SET "shot_id" = coalesce("batch_id", "id");
--> statement-breakpoint
ALTER TABLE "takes" ALTER COLUMN "shot_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "takes" ADD CONSTRAINT "takes_shot_id_shots_id_fk" FOREIGN KEY ("shot_id") REFERENCES "public"."shots"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "shots" ADD CONSTRAINT "shots_circled_take_id_takes_id_fk" FOREIGN KEY ("circled_take_id") REFERENCES "public"."takes"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "shots_created_idx" ON "shots" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);
--> statement-breakpoint
CREATE INDEX "takes_shot_idx" ON "takes" USING btree ("shot_id","created_at" DESC NULLS LAST);
--> statement-breakpoint
-- A take stored without a shot joins its batch's shot, else starts a shot of one.
CREATE FUNCTION "takes_assign_shot"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.shot_id IS NULL THEN
    NEW.shot_id := coalesce(NEW.batch_id, NEW.id);
    INSERT INTO shots (id, name, created_at, created_by)
    VALUES (NEW.shot_id, shot_name_from_prompt(NEW.prompt), NEW.created_at, NEW.created_by)
    ON CONFLICT (id) DO NOTHING;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "takes_assign_shot" BEFORE INSERT ON "takes" FOR EACH ROW EXECUTE FUNCTION "takes_assign_shot"();
--> statement-breakpoint
-- A take that leaves a shot (moved, or deleted for good) is no longer its circled take, and a shot left
-- without takes goes.
CREATE FUNCTION "takes_leave_shot"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE shots SET circled_take_id = NULL, circled_by = NULL, circled_at = NULL
  WHERE id = OLD.shot_id AND circled_take_id = OLD.id;
  DELETE FROM shots WHERE id = OLD.shot_id AND NOT EXISTS (SELECT 1 FROM takes WHERE shot_id = OLD.shot_id);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "takes_leave_shot_on_move" AFTER UPDATE OF "shot_id" ON "takes" FOR EACH ROW
WHEN (OLD.shot_id IS DISTINCT FROM NEW.shot_id) EXECUTE FUNCTION "takes_leave_shot"();
--> statement-breakpoint
CREATE TRIGGER "takes_leave_shot_on_delete" AFTER DELETE ON "takes" FOR EACH ROW EXECUTE FUNCTION "takes_leave_shot"();
--> statement-breakpoint
ALTER TABLE "takes" ADD COLUMN "video_fps" double precision;
--> statement-breakpoint
ALTER TABLE "activity" ADD COLUMN "shot_id" text;
--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_shot_id_shots_id_fk" FOREIGN KEY ("shot_id") REFERENCES "public"."shots"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "share_links" ADD COLUMN "passphrase_hash" text;
--> statement-breakpoint
ALTER TABLE "share_links" ADD COLUMN "allow_download" boolean DEFAULT true NOT NULL;
--> statement-breakpoint
ALTER TABLE "share_links" ADD COLUMN "shot_id" text;
--> statement-breakpoint
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_shot_id_shots_id_fk" FOREIGN KEY ("shot_id") REFERENCES "public"."shots"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "take_comments" ADD COLUMN "end_ms" integer;
--> statement-breakpoint
ALTER TABLE "take_comments" ADD COLUMN "drawing" jsonb;
--> statement-breakpoint
ALTER TABLE "take_comments" ADD CONSTRAINT "take_comments_end_ms" CHECK ("take_comments"."end_ms" is null or ("take_comments"."at_ms" is not null and "take_comments"."end_ms" > "take_comments"."at_ms"));
