CREATE TABLE "activity" (
	"id" text PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text,
	"kind" text NOT NULL,
	"generation_id" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "favourites" (
	"user_id" text NOT NULL,
	"generation_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "favourites_user_id_generation_id_pk" PRIMARY KEY("user_id","generation_id")
);
--> statement-breakpoint
CREATE TABLE "share_link_takes" (
	"share_link_id" text NOT NULL,
	"generation_id" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "share_link_takes_share_link_id_generation_id_pk" PRIMARY KEY("share_link_id","generation_id")
);
--> statement-breakpoint
CREATE TABLE "share_links" (
	"id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by" text,
	CONSTRAINT "share_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "take_comments" (
	"id" text PRIMARY KEY NOT NULL,
	"generation_id" text NOT NULL,
	"parent_id" text,
	"author_id" text,
	"body" text NOT NULL,
	"at_ms" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" text,
	"shared_at" timestamp with time zone,
	"shared_by" text,
	CONSTRAINT "take_comments_at_ms" CHECK ("take_comments"."at_ms" is null or "take_comments"."at_ms" >= 0)
);
--> statement-breakpoint
CREATE TABLE "take_reviews" (
	"generation_id" text NOT NULL,
	"reviewer_id" text NOT NULL,
	"decision" text NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "take_reviews_generation_id_reviewer_id_pk" PRIMARY KEY("generation_id","reviewer_id"),
	CONSTRAINT "take_reviews_decision" CHECK ("take_reviews"."decision" in ('approved', 'changes_requested', 'rejected'))
);
--> statement-breakpoint
ALTER TABLE "generations" ADD COLUMN "callback_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "generations" ADD COLUMN "review_state" text DEFAULT 'unreviewed' NOT NULL;--> statement-breakpoint
ALTER TABLE "generations" ADD COLUMN "review_state_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "generations" ADD COLUMN "camera_verdict" text;--> statement-breakpoint
ALTER TABLE "generations" ADD COLUMN "camera_verdict_by" text;--> statement-breakpoint
ALTER TABLE "generations" ADD COLUMN "camera_verdict_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_generation_id_generations_id_fk" FOREIGN KEY ("generation_id") REFERENCES "public"."generations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "favourites" ADD CONSTRAINT "favourites_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "favourites" ADD CONSTRAINT "favourites_generation_id_generations_id_fk" FOREIGN KEY ("generation_id") REFERENCES "public"."generations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_link_takes" ADD CONSTRAINT "share_link_takes_share_link_id_share_links_id_fk" FOREIGN KEY ("share_link_id") REFERENCES "public"."share_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_link_takes" ADD CONSTRAINT "share_link_takes_generation_id_generations_id_fk" FOREIGN KEY ("generation_id") REFERENCES "public"."generations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "take_comments" ADD CONSTRAINT "take_comments_generation_id_generations_id_fk" FOREIGN KEY ("generation_id") REFERENCES "public"."generations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "take_comments" ADD CONSTRAINT "take_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "take_comments" ADD CONSTRAINT "take_comments_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "take_comments" ADD CONSTRAINT "take_comments_shared_by_users_id_fk" FOREIGN KEY ("shared_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "take_reviews" ADD CONSTRAINT "take_reviews_generation_id_generations_id_fk" FOREIGN KEY ("generation_id") REFERENCES "public"."generations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "take_reviews" ADD CONSTRAINT "take_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_at_idx" ON "activity" USING btree ("at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "activity_take_idx" ON "activity" USING btree ("generation_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "favourites_take_idx" ON "favourites" USING btree ("generation_id");--> statement-breakpoint
CREATE INDEX "share_links_creator_idx" ON "share_links" USING btree ("created_by","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "take_comments_take_idx" ON "take_comments" USING btree ("generation_id","created_at");--> statement-breakpoint
CREATE INDEX "take_comments_parent_idx" ON "take_comments" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "take_reviews_reviewer_idx" ON "take_reviews" USING btree ("reviewer_id");--> statement-breakpoint
CREATE INDEX "generations_review_list_idx" ON "generations" USING btree ("review_state","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "generations"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "generations_verdict_list_idx" ON "generations" USING btree ("camera_verdict","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "generations"."deleted_at" is null;