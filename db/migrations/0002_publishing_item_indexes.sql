-- The public site and feeds list approved items newest first, often narrowed to one source or
-- one original language; these partial indexes serve those listings without sorting.
CREATE INDEX IF NOT EXISTS "items_approved_published_idx" ON "items" ("published_at" DESC, "id" DESC) WHERE "status" = 'approved';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "items_approved_source_idx" ON "items" ("source_id", "published_at" DESC) WHERE "status" = 'approved';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "items_approved_language_idx" ON "items" ("language", "published_at" DESC) WHERE "status" = 'approved';
