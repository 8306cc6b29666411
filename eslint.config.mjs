import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next*/**', 'node_modules/**', 'lib/generated/**', 'data/**', 'next-env.d.ts', 'bench/results/**'],
  },
  {
    // The data layer is the only seam to the database (STYLE.md §2).
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['lib/data/**', 'lib/db.ts', 'tests/**', 'scripts/**', 'prisma/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/lib/db', '**/lib/db', '../db', './db'], message: 'Only lib/data/** may import lib/db.' },
            { group: ['@/lib/generated/prisma/client', '**/generated/prisma/client'], message: 'Use lib/data, not the Prisma client.' },
          ],
        },
      ],
    },
  },
];

export default config;
