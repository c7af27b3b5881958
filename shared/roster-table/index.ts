// Reading an office's roster sheet: where its header is, what its columns and category labels
// mean, and the members each row adds. Pure: the console reads the file, this decides.
export * from './headers';
export * from './categories';
export * from './parse';
