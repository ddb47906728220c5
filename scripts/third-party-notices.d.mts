export interface RuntimePackage {
  name: string;
  version: string;
  license: string;
  text: string;
}
export declare function runtimePackages(root: string): RuntimePackage[];
export declare function thirdPartyNotices(root: string): string;
