import { parsePageParam } from '@/components/site/listing/page-param';
import { parsePageNumber } from '@/lib/page-number';
import { parseSearchArgs, searchResultsPath } from '@/lib/search-path';

describe('parsePageNumber', () => {
  it.each([
    ['1', 1],
    ['2', 2],
    ['200', 200],
    ['999999', 999999],
  ])('reads %s as page %d', (value, page) => {
    expect(parsePageNumber(value)).toBe(page);
  });

  it.each(['', '0', '02', '2.0', '-1', '+2', '1e3', ' 2', '2 ', 'abc', '1000000', '0x10'])('refuses %j', (value) => {
    expect(parsePageNumber(value)).toBeNull();
  });
});

describe('page numbers in listing and search URLs', () => {
  it('reads a listing page param the same way, and 1 when there is none', () => {
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam('3')).toBe(3);
    expect(parsePageParam('03')).toBeNull();
    expect(parsePageParam(['2', '3'])).toBeNull();
    expect(parsePageParam('1000000')).toBeNull();
  });

  it('maps a search page to its internal path and back, and refuses a bad one', () => {
    const path = searchResultsPath(new URLSearchParams('q=radio&page=2'));
    expect(path).toMatch(/^\/search\/[A-Za-z0-9_-]+\/2\/0$/);
    expect(parseSearchArgs(path!.split('/').slice(2))).toEqual({ query: 'radio', page: 2, shortened: false });
    expect(searchResultsPath(new URLSearchParams('q=radio&page=02'))).toBeNull();
    expect(parseSearchArgs([path!.split('/')[2], '0', '0'])).toBeNull();
  });
});
