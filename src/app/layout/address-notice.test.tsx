import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setupMockServer } from '@mocks/testing';
import { renderRoute } from '@/test/render-route';

setupMockServer();
afterEach(cleanup);

const QUERY = 'lang=en&to=0001&country=%C3%9F&budgetMin=900&budgetMax=100';

describe('Address notice', () => {
  it.each(['/', '/projects', '/projects/RR.0001', '/timeline', '/import', '/no-such-page'])(
    'names what the address asks that is not used, on %s',
    async (path) => {
      renderRoute(`${path}?${QUERY}`);
      const notice = await screen.findByText(
        'Some values in the address were not understood and are ignored:',
      );
      const list = within(notice.parentElement!);
      expect(list.getByText('to = “0001”')).toBeInTheDocument();
      expect(list.getByText('country = “ß”')).toBeInTheDocument();
      expect(
        list.getByText(
          'budgetMin=900 and budgetMax=100: the range ends before it starts, so neither is used',
        ),
      ).toBeInTheDocument();
    },
  );

  it('lists at most 20 values and counts the rest', async () => {
    const many = Array.from({ length: 500 }, (_, i) => `p${i}=x`).join('&');
    renderRoute(`/import?lang=en&${many}`);
    expect(await screen.findByText('and 480 more values')).toBeInTheDocument();
    expect(screen.getAllByText(/^p\d+ = “x”$/)).toHaveLength(20);
  });
});
