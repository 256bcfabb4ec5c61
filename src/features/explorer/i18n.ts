import { registerTranslations } from '@/hooks/i18n';
import en from './i18n/en.json';
import es from './i18n/es.json';
import fr from './i18n/fr.json';

registerTranslations('explorer', { en, fr, es });
