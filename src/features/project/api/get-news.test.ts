// @vitest-environment jsdom
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { setupMockServer } from '@mocks/testing';
import { fetchRelatedNews } from './get-news';

setupMockServer();

const item = (id: string, date: string) => ({
  id,
  date,
  title: `News ${id}`,
  summary: '',
  countries: ['MA'],
  projectIds: ['RR.0001'],
});

describe('related news', () => {
  it('shows the valid items and names the one that breaks the contract', async () => {
    server.use(
      http.get('/api/news', () =>
        HttpResponse.json({
          items: [
            item('N-1', '2026-05-01'),
            { ...item('N-2', '2026-04-01'), date: 'last spring' },
            item('N-3', '2026-03-01'),
            { title: 'no id at all' },
          ],
        }),
      ),
    );
    const news = await fetchRelatedNews('RR.0001', ['MA']);
    expect(news.items.map((n) => n.id)).toEqual(['N-1', 'N-3']);
    expect(news.invalid).toEqual(['N-2', '#4']);
  });
});
