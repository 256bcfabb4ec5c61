import { useT } from '@/hooks/i18n';
import { useEffect, useState } from 'react';
import { ErrorPanel } from '@/components/ui/error-panel';
import type { Choropleth, ChoroplethProps } from './choropleth';
import '../i18n';

let loaded: { Choropleth: typeof Choropleth } | undefined;

/**
 * Loads the choropleth on first use, so the boundaries, d3-geo and topojson-client stay out of
 * every other chunk. A failed load (a dropped connection, a new deployment) stays inside the map
 * card with Retry, instead of taking the screen down; the table view still works.
 */
export function ChoroplethLoader(props: ChoroplethProps) {
  const { t } = useT('map');
  const [drawing, setDrawing] = useState(loaded);
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (drawing) return;
    let live = true;
    import('./choropleth').then(
      (m) => {
        loaded = m;
        if (live) setDrawing(m);
      },
      (e: unknown) => {
        if (live) setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [drawing, attempt]);

  if (error !== undefined) {
    const retry = () => {
      setError(undefined);
      setAttempt((n) => n + 1);
    };
    return <ErrorPanel title={t('loadFailed')} error={error} onRetry={retry} />;
  }
  if (!drawing) return <p className="map-canvas map-loading muted">{t('loading')}</p>;
  return <drawing.Choropleth {...props} />;
}
