/** The path of a Chromium to drive, or undefined after printing how to get one. */
export function findChromium(options?: { install?: boolean }): Promise<string | undefined>;
