// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  cacheComponents: true,
  partialPrefetching: true,
  // Reader pages are rendered once per URL and then served from this cache until a write
  // expires one of their tags; it lives in memory (bounded) so a restart starts fresh.
  cacheHandler: require.resolve('./lib/cache/page-cache-handler.cjs'),
  cacheMaxMemorySize: 64 * 1024 * 1024,
  poweredByHeader: false,
  generateEtags: false,
  reactStrictMode: true,
  // `npm run typecheck` (tsc --noEmit) checks types; builds skip the second pass.
  typescript: { ignoreBuildErrors: true },
  // Image uploads through server actions (avatars) may be up to 10 MB.
  experimental: { serverActions: { bodySizeLimit: '11mb' }, isrFlushToDisk: false },
  serverExternalPackages: ['@prisma/client', '@prisma/adapter-pg', 'pg', 'sharp'],
  images: {
    formats: ['image/webp'],
  },
  async rewrites() {
    // Section feeds live at /<section>/feed.xml and /<section>/<subsection>/feed.xml.
    const segment = '((?!author/|tag/)[a-z0-9][a-z0-9-]*)';
    return {
      beforeFiles: [
        { source: `/:section${segment}/feed.xml`, destination: '/feeds/section/:section' },
        { source: `/:section${segment}/:sub([a-z0-9][a-z0-9-]*)/feed.xml`, destination: '/feeds/section/:section/:sub' },
      ],
    };
  },
};

module.exports = nextConfig;
