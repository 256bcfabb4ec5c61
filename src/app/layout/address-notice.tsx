import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { UrlProblemsNotice } from '@/components/filters/url-problems-notice';
import { parseViewQuery } from '@/domain/url-state';
import { RESERVED_PARAMS } from '@/lib/mock-settings';

/** On every screen: the values of the address that were not understood and are ignored. */
export function AddressNotice() {
  const [params] = useSearchParams();
  const problems = useMemo(
    () => parseViewQuery(params.toString(), RESERVED_PARAMS).problems,
    [params],
  );
  return <UrlProblemsNotice problems={problems} />;
}
