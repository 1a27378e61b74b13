/** Languages the widgets speak; Vietnamese is the default. */
export type Lang = 'vi' | 'en';

/**
 * Every user-facing string of the widgets. Parametrised strings are functions so word order
 * stays each language's own; numbers arrive already formatted.
 */
export interface Translation {
  /** BCP 47 locale for Intl. */
  locale: string;
  /** Intl options for calendar dates (publication dates). */
  dateFormat: Intl.DateTimeFormatOptions;
  loading: string;
  retry: string;
  back: string;
  pagination: string;
  previous: string;
  next: string;
  pageOf: (page: string, pages: string) => string;
  publishedOn: (date: string) => string;
  category: string;
  unit: string;
  author: string;
  error: {
    network: string;
    timeout: string;
    http: string;
    parse: string;
    notFound: string;
  };
  news: {
    heading: string;
    empty: string;
    total: (count: string, n: number) => string;
  };
}
