import type { Translation } from './translation.js';

export const en = {
  locale: 'en-GB',
  // 9 November 2026: unambiguous for readers used to either day or month first.
  dateFormat: { day: 'numeric', month: 'long', year: 'numeric' },
  loading: 'Loading…',
  retry: 'Try again',
  back: 'Back to the list',
  pagination: 'Pagination',
  previous: 'Previous page',
  next: 'Next page',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  publishedOn: (date) => `Published on ${date}`,
  category: 'Category',
  unit: 'Unit',
  author: 'Author',
  error: {
    network: 'Could not reach the server. Please check your connection and try again.',
    timeout: 'The server took too long to respond. Please try again in a few minutes.',
    http: 'The data could not be loaded. Please try again.',
    parse: 'The data received was not valid. Please try again.',
    notFound: 'This item was not found. It may have been removed.',
  },
  news: {
    heading: 'PBGDPL news',
    empty: 'No news yet.',
    total: (count, n) => `${count} ${n === 1 ? 'item' : 'items'}`,
  },
} satisfies Translation;
