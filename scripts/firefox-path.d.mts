export declare const HOW_TO_GET_FIREFOX: string;
export declare function findFirefox(): string;
