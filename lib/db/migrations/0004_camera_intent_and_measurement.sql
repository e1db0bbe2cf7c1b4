CREATE TABLE "model_availability" (
	"model_name" text PRIMARY KEY NOT NULL,
	"unavailable_since" timestamp with time zone NOT NULL,
	"kling_code" integer,
	"message" text NOT NULL
);
--> statement-breakpoint
-- The stored move was always what the creator asked for; the generated camera_type and its index follow the rename.
ALTER TABLE "generations" RENAME COLUMN "camera_control" TO "camera_intent";--> statement-breakpoint
ALTER TABLE "generations" ADD COLUMN "sound" text;--> statement-breakpoint
ALTER TABLE "generations" ADD COLUMN "camera_sentence" text;--> statement-breakpoint
ALTER TABLE "generations" ADD COLUMN "request_body" jsonb;--> statement-breakpoint
ALTER TABLE "generations" ADD COLUMN "camera_check_move" text;--> statement-breakpoint
ALTER TABLE "generations" ADD COLUMN "camera_check_confidence" double precision;--> statement-breakpoint
ALTER TABLE "generations" ADD COLUMN "camera_check_verdict" text;--> statement-breakpoint
ALTER TABLE "generations" ADD COLUMN "camera_check" jsonb;--> statement-breakpoint
ALTER TABLE "generations" ADD COLUMN "camera_checked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "generations" ADD COLUMN "camera_check_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "generations" ADD COLUMN "camera_check_error" text;--> statement-breakpoint
ALTER TABLE "generations" ADD COLUMN "camera_check_lease_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "generations_camera_check_list_idx" ON "generations" USING btree ("camera_check_verdict","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "generations"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "generations_camera_check_due_idx" ON "generations" USING btree ("finished_at" DESC NULLS LAST) WHERE "generations"."status" = 'ready' and "generations"."camera_checked_at" is null and "generations"."deleted_at" is null;