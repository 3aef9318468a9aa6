import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema files and committed; they are append-only.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/src/schema/*.ts',
  out: './db/migrations',
});
