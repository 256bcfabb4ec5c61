export { apiError } from '../routes';
