-- item_bands loses its foreign key (checking it cost about a third of each band row's insert on
-- PGlite, 64 rows per item); a trigger deletes an item's band rows with the item, as the cascade did.
ALTER TABLE "item_bands" DROP CONSTRAINT "item_bands_item_id_items_id_fk";--> statement-breakpoint
CREATE FUNCTION "item_bands_delete_with_item"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "item_bands" WHERE "item_id" = OLD."id";
  RETURN OLD;
END
$$;--> statement-breakpoint
CREATE TRIGGER "items_delete_item_bands" AFTER DELETE ON "items"
  FOR EACH ROW EXECUTE FUNCTION "item_bands_delete_with_item"();
