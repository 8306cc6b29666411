// Close the process-wide database client after each test file so workers exit cleanly.
afterAll(async () => {
  const holder = globalThis as unknown as { bylineDb?: { $disconnect: () => Promise<void> } };
  await holder.bylineDb?.$disconnect();
  delete holder.bylineDb;
});
