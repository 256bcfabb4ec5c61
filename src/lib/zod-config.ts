// Imported first by every entry (the page and each Worker); see domain/zod-jitless.
import '@/domain/zod-jitless';
