// robots.txt body: crawl everything public, keep crawlers out of staff and API routes.
import { absoluteUrl } from './site';

export const DISALLOWED_PATHS = ['/studio', '/login', '/api', '/search'] as const;

export function buildRobotsTxt(): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...DISALLOWED_PATHS.map((p) => `Disallow: ${p}`),
    '',
    `Sitemap: ${absoluteUrl('/sitemap.xml')}`,
    `Sitemap: ${absoluteUrl('/news-sitemap.xml')}`,
    '',
  ].join('\n');
}
