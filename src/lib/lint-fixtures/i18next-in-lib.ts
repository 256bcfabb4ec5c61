// Planted: lib importing react-i18next (the i18next instance lives in src/hooks/i18n.ts).
import { useTranslation } from 'react-i18next';

export const planted = useTranslation;
