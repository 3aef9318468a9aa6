-- The curator inbox lists story originals (no cluster, or heading their own cluster) by state,
-- newest or most relevant first; folded members are read by cluster.
CREATE INDEX IF NOT EXISTS "items_inbox_published_idx" ON "items" ("status", "published_at" DESC, "id" DESC) WHERE "cluster_id" IS NULL OR "cluster_id" = "id";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "items_inbox_relevance_idx" ON "items" ("status", "relevance" DESC NULLS LAST, "id" DESC) WHERE "cluster_id" IS NULL OR "cluster_id" = "id";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "items_cluster_idx" ON "items" ("cluster_id") WHERE "cluster_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "items_source_published_idx" ON "items" ("source_id", "published_at" DESC);
