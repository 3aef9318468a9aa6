CREATE TABLE "item_bands" (
	"band_key" text NOT NULL,
	"item_id" bigint NOT NULL,
	CONSTRAINT "item_bands_band_key_item_id_pk" PRIMARY KEY("band_key","item_id")
);
--> statement-breakpoint
CREATE TABLE "relevance_models" (
	"id" text PRIMARY KEY NOT NULL,
	"model" jsonb NOT NULL,
	"decisions" integer DEFAULT 0 NOT NULL,
	"trained_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story_clusters" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"original_item_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "item_bands" ADD CONSTRAINT "item_bands_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_clusters" ADD CONSTRAINT "story_clusters_original_item_id_items_id_fk" FOREIGN KEY ("original_item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "item_bands_item_idx" ON "item_bands" USING btree ("item_id");