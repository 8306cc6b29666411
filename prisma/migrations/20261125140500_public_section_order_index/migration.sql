-- Hand-written (not visible to Prisma's diff). Section pages list a section's subtree newest
-- first ("sectionId" IN (…) ORDER BY "publishedAt" DESC, id DESC OFFSET n LIMIT 20). Without
-- id in the index PostgreSQL walks the site-wide published index and filters by section
-- (174 ms at page 200 of a 100,000-article archive); with it, one index-only scan per
-- section plus a top-N sort (11 ms).
CREATE INDEX "Article_public_section_order_idx" ON "Article" ("sectionId", "publishedAt" DESC, "id" DESC) WHERE "status" = 'PUBLISHED' AND "deletedAt" IS NULL;
-- The new index serves every query the old one did (same leading columns).
DROP INDEX IF EXISTS "Article_public_section_idx";
