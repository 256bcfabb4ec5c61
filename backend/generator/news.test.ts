import { describe, expect, it } from 'vitest';
import { firstDay, lastDay } from '@/domain/partial-date';
import { newsItemSchema } from '@/domain/project';
import { generatePortfolio } from './generate-portfolio';

const { projects, news, meta } = generatePortfolio({ count: 600, seed: 1 });

describe('generated news', () => {
  it('has the requested number of valid items with unique ids', () => {
    expect(news).toHaveLength(40);
    for (const item of news) expect(newsItemSchema.safeParse(item).success, item.id).toBe(true);
    expect(new Set(news.map((n) => n.id)).size).toBe(news.length);
    expect(generatePortfolio({ count: 50, newsCount: 12 }).news).toHaveLength(12);
  });

  it('is ordered newest first and never dated after the data date', () => {
    const days = news.map((n) => lastDay(n.date));
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(Math.max(...days)).toBeLessThanOrEqual(lastDay(meta.asOf));
  });

  it('links at least two items to RR.0083 and China', () => {
    const linked = news.filter((n) => n.projectIds.includes('RR.0083'));
    expect(linked.length).toBeGreaterThanOrEqual(2);
    for (const item of linked) expect(item.countries).toContain('CN');
  });

  it('tells the stories of the seed releases in its own words', () => {
    const titles = news.map((n) => n.title).join('\n');
    expect(titles).toMatch(/capacity building/i);
    expect(titles).toMatch(/return and readmission/i);
    expect(titles).toMatch(/counter-trafficking/i);
    expect(titles).toMatch(/Organization of American States/);
  });

  it('links other items to projects that exist, dated within their span, and to their countries', () => {
    const byId = new Map(projects.map((p) => [p.id, p]));
    const linked = news.filter((n) => n.projectIds.length > 0 && !n.projectIds.includes('RR.0083'));
    expect(linked.length).toBeGreaterThan(10);
    for (const item of linked) {
      for (const id of item.projectIds) {
        const project = byId.get(id);
        expect(project, id).toBeDefined();
        expect(item.countries.every((c) => project!.countries.includes(c))).toBe(true);
        expect(firstDay(item.date), item.id).toBeGreaterThanOrEqual(firstDay(project!.startDate));
        if (project!.endDate)
          expect(firstDay(item.date), item.id).toBeLessThanOrEqual(lastDay(project!.endDate));
      }
    }
  });
});
