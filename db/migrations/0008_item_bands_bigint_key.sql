-- item_bands keys become 64-bit numbers: as text ("07:1a2b3c4d5e6f7a8b") each row's insert cost
-- about twice as much on PGlite. A key's number is its 16 hex digits read as 64 bits, with the
-- band number (the two digits before the colon) XORed into bits 57-62: storedBandKey in
-- db/src/repo/enrichment.ts computes the same.
ALTER TABLE "item_bands" ALTER COLUMN "band_key" SET DATA TYPE bigint USING (
  (('x' || substr("band_key", 4, 16))::bit(64)::bigint) # ((('x' || substr("band_key", 1, 2))::bit(8)::bigint) << 57)
);
