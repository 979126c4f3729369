import 'cytoscape';

declare module 'cytoscape' {
  interface Core {
    /** Added by the cytoscape-svg extension. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
