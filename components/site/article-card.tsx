import Link from 'next/link';
import { formatCalendarDay } from '@/lib/format/calendar-day';

/**
 * A story card, made on the server by toCardData (card-data.ts). Listing pages pass twenty of
 * these to CardList: as a client component's props they travel in the page's inline RSC payload,
 * so they are tuples of plain values rather than objects (no repeated key names).
 */
export type CardData = [
  /** The article's URL, /<section path>/<slug>; its section's page is the URL's parent. */
  href: string,
  section: string,
  title: string,
  /** The dek, or '' when the story has none. */
  dek: string,
  /** The authors' names, joined. */
  by: string,
  /** The day it was published in the newsroom's time zone, YYYY-MM-DD (calendarDay). */
  day: string,
  image?: CardImage,
];

/** A thumbnail: one pre-encoded variant, with the original's size for its aspect ratio. */
export type CardImage = [src: string, width: number, height: number, alt: string];

interface ArticleCardProps {
  card: CardData;
  headingLevel?: 'h2' | 'h3';
}

/** A story in a list: section, headline, dek, byline and date, and a thumbnail (see globals.css). */
export function ArticleCard({ card, headingLevel = 'h3' }: ArticleCardProps) {
  const Heading = headingLevel;
  const [href, section, title, dek, by, day, image] = card;
  return (
    <article className="card">
      <p className="card-kicker">
        <Link href={href.slice(0, href.lastIndexOf('/'))}>{section}</Link>
      </p>
      <Heading className="card-title">
        <Link href={href}>{title}</Link>
      </Heading>
      {dek ? <p className="card-dek">{dek}</p> : null}
      <p className="card-meta">
        {`${by} · `}
        <time dateTime={day}>{formatCalendarDay(day)}</time>
      </p>
      {image ? (
        // eslint-disable-next-line @next/next/no-img-element -- variants are pre-encoded at upload
        <img src={image[0]} width={image[1]} height={image[2]} alt={image[3]} loading="lazy" decoding="async" className="card-image" />
      ) : null}
    </article>
  );
}
