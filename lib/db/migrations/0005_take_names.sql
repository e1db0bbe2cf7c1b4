-- One word for one thing: a take is a take in the tables too. Renames only: no data moves, no index is rebuilt.
ALTER TABLE "generations" RENAME TO "takes";
--> statement-breakpoint
ALTER TABLE "takes" RENAME CONSTRAINT "generations_pkey" TO "takes_pkey";
--> statement-breakpoint
ALTER TABLE "activity" RENAME COLUMN "generation_id" TO "take_id";
--> statement-breakpoint
ALTER TABLE "favourites" RENAME COLUMN "generation_id" TO "take_id";
--> statement-breakpoint
ALTER TABLE "share_link_takes" RENAME COLUMN "generation_id" TO "take_id";
--> statement-breakpoint
ALTER TABLE "take_comments" RENAME COLUMN "generation_id" TO "take_id";
--> statement-breakpoint
ALTER TABLE "take_reviews" RENAME COLUMN "generation_id" TO "take_id";
--> statement-breakpoint
ALTER TABLE "activity" RENAME CONSTRAINT "activity_generation_id_generations_id_fk" TO "activity_take_id_takes_id_fk";
--> statement-breakpoint
ALTER TABLE "favourites" RENAME CONSTRAINT "favourites_generation_id_generations_id_fk" TO "favourites_take_id_takes_id_fk";
--> statement-breakpoint
ALTER TABLE "share_link_takes" RENAME CONSTRAINT "share_link_takes_generation_id_generations_id_fk" TO "share_link_takes_take_id_takes_id_fk";
--> statement-breakpoint
ALTER TABLE "take_comments" RENAME CONSTRAINT "take_comments_generation_id_generations_id_fk" TO "take_comments_take_id_takes_id_fk";
--> statement-breakpoint
ALTER TABLE "take_reviews" RENAME CONSTRAINT "take_reviews_generation_id_generations_id_fk" TO "take_reviews_take_id_takes_id_fk";
--> statement-breakpoint
ALTER TABLE "favourites" RENAME CONSTRAINT "favourites_user_id_generation_id_pk" TO "favourites_user_id_take_id_pk";
--> statement-breakpoint
ALTER TABLE "share_link_takes" RENAME CONSTRAINT "share_link_takes_share_link_id_generation_id_pk" TO "share_link_takes_share_link_id_take_id_pk";
--> statement-breakpoint
ALTER TABLE "take_reviews" RENAME CONSTRAINT "take_reviews_generation_id_reviewer_id_pk" TO "take_reviews_take_id_reviewer_id_pk";
--> statement-breakpoint
ALTER INDEX "generations_created_idx" RENAME TO "takes_created_idx";
--> statement-breakpoint
ALTER INDEX "generations_due_idx" RENAME TO "takes_due_idx";
--> statement-breakpoint
ALTER INDEX "generations_upstream_idx" RENAME TO "takes_upstream_idx";
--> statement-breakpoint
ALTER INDEX "generations_visible_idx" RENAME TO "takes_visible_idx";
--> statement-breakpoint
ALTER INDEX "generations_status_list_idx" RENAME TO "takes_status_list_idx";
--> statement-breakpoint
ALTER INDEX "generations_creator_list_idx" RENAME TO "takes_creator_list_idx";
--> statement-breakpoint
ALTER INDEX "generations_model_list_idx" RENAME TO "takes_model_list_idx";
--> statement-breakpoint
ALTER INDEX "generations_camera_list_idx" RENAME TO "takes_camera_list_idx";
--> statement-breakpoint
ALTER INDEX "generations_review_list_idx" RENAME TO "takes_review_list_idx";
--> statement-breakpoint
ALTER INDEX "generations_verdict_list_idx" RENAME TO "takes_verdict_list_idx";
--> statement-breakpoint
ALTER INDEX "generations_camera_check_list_idx" RENAME TO "takes_camera_check_list_idx";
--> statement-breakpoint
ALTER INDEX "generations_camera_check_due_idx" RENAME TO "takes_camera_check_due_idx";
--> statement-breakpoint
ALTER INDEX "generations_history_idx" RENAME TO "takes_history_idx";
