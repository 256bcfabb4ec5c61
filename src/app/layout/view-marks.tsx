import { useLayoutEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useExplore, usePending, useRehearsal } from '@/hooks/portfolio/explore-context';
import { perfMarkPainted } from '@/lib/perf/perf-marks';

/**
 * Marks each view an explore screen commits (`view` / `view:painted`) and each time it starts
 * waiting for one (`view-pending` / `view-pending:painted`), for the browser benchmark. It sits
 * after the screen in the tree, so its layout effect runs once the whole screen's DOM is in place.
 * A rehearsal's view (never painted) and the commit that undoes it are not marked.
 */
export function ViewMarks() {
  const { view } = useExplore();
  const pending = usePending();
  const { rehearsing } = useRehearsal();
  const { pathname } = useLocation();
  const seq = useRef(0);
  const undoing = useRef(false);
  useLayoutEffect(() => {
    if (rehearsing || undoing.current) {
      undoing.current = rehearsing;
      return;
    }
    seq.current += 1;
    perfMarkPainted(pending ? 'view-pending' : 'view', {
      path: pathname,
      rows: view.rows.length,
      seq: seq.current,
    });
  }, [view, pending, pathname, rehearsing]);
  return null;
}
