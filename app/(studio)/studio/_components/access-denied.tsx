/** Shown when the signed-in user's role does not include a studio area. */
export function AccessDenied({ area }: { area: string }) {
  return (
    <section aria-labelledby="denied-heading" className="max-w-xl">
      <h1 id="denied-heading" className="font-serif text-2xl font-bold">
        No access to {area}
      </h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        Your role does not include {area}. If you need it, ask an admin to change your role.
      </p>
    </section>
  );
}
