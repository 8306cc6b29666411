// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['@prisma/client', '@prisma/adapter-pg', 'pg', 'sharp'],
  images: {
    formats: ['image/webp'],
  },
};

module.exports = nextConfig;
