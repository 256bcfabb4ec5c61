/**
 * Projects per request (the contract caps a column page at 50,000): small enough that the first
 * page is read while the server (or the demo build's mock API, generating as it serves) is still
 * making the next ones, and a 100,000-project load is ten pages, not two. Every portfolio loads in
 * the column format, whatever its size: under half the bytes of the row format and a tenth of
 * the requests from a server, and from the demo build's mock API its lists of numbers come as
 * typed arrays, with no JSON to write nor parse (about a seventh less of a 10,000-project load's
 * main-thread time than rows). A server that answers with rows is understood all the same. The
 * data service keeps the pages of this size made, and makes them ahead (server/page-cache.ts).
 */
export const COLUMN_PAGE_SIZE = 10_000;
