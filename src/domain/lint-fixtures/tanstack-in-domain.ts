// Planted: the domain importing TanStack Query.
import { QueryClient } from '@tanstack/react-query';

export const planted = QueryClient;
