CREATE TABLE "reprocess_runs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"since" timestamp with time zone,
	"last_id" bigint DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "reprocess_runs_unfinished_idx" ON "reprocess_runs" USING btree ("since") WHERE "reprocess_runs"."finished_at" is null;