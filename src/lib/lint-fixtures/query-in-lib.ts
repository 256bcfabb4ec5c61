// Planted: lib importing TanStack Query (lib is framework-free; React glue lives in src/hooks).
import { queryOptions } from '@tanstack/react-query';

export const planted = queryOptions;
