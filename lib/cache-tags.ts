// Cache tag builders: every public getter tags its entry, every write invalidates these.
export const tags = {
  home: 'home',
  feeds: 'feeds',
  sitemaps: 'sitemaps',
  sections: 'sections',
  search: 'search',
  article: (id: string) => `article:${id}`,
  section: (id: string) => `section:${id}`,
  tag: (id: string) => `tag:${id}`,
  author: (id: string) => `author:${id}`,
} as const;
