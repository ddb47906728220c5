export declare const HOW_TO_GET_CHROMIUM: string;
export declare function findChromium(): string;
