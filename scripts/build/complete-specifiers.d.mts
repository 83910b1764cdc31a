// Types of complete-specifiers.mjs, for its tests (the script itself stays plain JavaScript).
export declare function completeSpecifiers(distDir: string): number;
