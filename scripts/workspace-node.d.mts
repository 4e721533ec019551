export declare const nodePackageName: (platform?: NodeJS.Platform, arch?: NodeJS.Architecture) => string;
export interface WorkspaceNode {
  readonly name: string;
  readonly version: string;
  readonly dir: string;
  readonly bin: string;
  readonly installed: boolean;
}
export declare function workspaceNode(root: string): WorkspaceNode | undefined;
