// Planted: app code importing the sample generator, which only the mock API and the server run.
import { generatePortfolio } from '../../../../backend/generator/generate-portfolio';

export const planted = generatePortfolio;
