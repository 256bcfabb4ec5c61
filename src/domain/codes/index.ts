export * from './languages';
export * from './normalize';
export * from './code-list';
export * from './statuses';
export * from './coverage';
export * from './regions';
export * from './project-types';
export * from './countries';
